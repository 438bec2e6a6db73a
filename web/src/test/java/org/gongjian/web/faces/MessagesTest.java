package org.gongjian.web.faces;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aHostileNumberInAMessageIsShownWithoutExpandingIt() {
        String text = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> Messages.text(Locale.ENGLISH, "money.negative", new BigDecimal("-1e-999999999")));
        assertTrue(text.contains("-1E-999999999"), text);
        assertTrue(Messages.text(Locale.ENGLISH, "money.negative", new BigDecimal("-12.50")).contains("-12.5"));
    }
}
