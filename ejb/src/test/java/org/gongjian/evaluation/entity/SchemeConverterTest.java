package org.gongjian.evaluation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.EvaluationScheme;
import org.gongjian.tenantconfig.MissingChannel;
import org.gongjian.tenantconfig.Name;
import org.junit.jupiter.api.Test;

class SchemeConverterTest {

    private final SchemeConverter converter = new SchemeConverter();

    @Test
    void aSchemeSavedBeforeTheMissingChannelRuleWaitsForEveryChannel() {
        EvaluationScheme old = converter.convertToEntityAttribute(
                "{\"channels\":[],\"criteria\":[{\"key\":\"a\",\"name\":{\"zh\":\"效益\"},\"weight\":100,\"maxScore\":10}],\"grades\":[]}");
        assertEquals(MissingChannel.NO_GRADE, old.missingChannel());
        assertEquals(10, old.criteria().get(0).maxScore());
    }

    @Test
    void theRuleIsKept() {
        EvaluationScheme scheme = new EvaluationScheme(List.of(),
                List.of(new Criterion("a", new Name("效益", "Benefit"), new BigDecimal("100"), 10)), List.of(), MissingChannel.REWEIGHT);
        assertEquals(scheme, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(scheme)));
    }
}
