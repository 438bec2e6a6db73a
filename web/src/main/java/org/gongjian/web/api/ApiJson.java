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
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withDeserializers(new DecimalReader()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSON;
    }

    /** A decimal read from its text, never from a parsed value. */
    public static class DecimalReader implements JsonbDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
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
    }
}
