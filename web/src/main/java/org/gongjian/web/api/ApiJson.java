package org.gongjian.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Digits;

/**
 * How the API binds JSON: as JSON-B does by default, except that a decimal (a JSON number, or a
 * number written as a string) is read from its text only when it is short and within
 * {@link Digits#READABLE}; 1e-999999999 or ten thousand digits are refused before anything expands them.
 * A whole number (Integer, Long) is read the same way and must be whole and within its type: JSON-B
 * alone would cut 1.001 to 1 and read 1e-999999999 as 0.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withDeserializers(new DecimalReader(),
            new IntegerReader(), new LongReader()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSON;
    }

    /** A decimal read from its text, never from a parsed value. */
    public static class DecimalReader implements JsonbDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return decimal(parser);
        }
    }

    /** A whole number within int's range, read from its text. */
    public static class IntegerReader implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return (int) whole(parser, Integer.MAX_VALUE);
        }
    }

    /** A whole number within long's range, read from its text. */
    public static class LongReader implements JsonbDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, Long.MAX_VALUE);
        }
    }

    private static BigDecimal decimal(JsonParser parser) {
        BigDecimal number;
        try {
            number = Digits.READABLE.read(parser.getString());
        } catch (IllegalStateException notANumberOrString) {
            number = null;
        }
        if (number == null) {
            throw new BusinessException("number.unreadable.json", Digits.READABLE.integer(), Digits.READABLE.fraction());
        }
        return number;
    }

    private static long whole(JsonParser parser, long max) {
        BigDecimal number = decimal(parser);
        if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new BusinessException("number.whole.json", String.valueOf(max));
        }
        return number.longValueExact();
    }
}
