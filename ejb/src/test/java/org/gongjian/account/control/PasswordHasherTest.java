package org.gongjian.account.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void issuedPasswordsMeetTheRuleAndDiffer() {
        String first = PasswordHasher.randomPassword();
        assertEquals(12, first.length());
        assertDoesNotThrow(() -> PasswordHasher.requireStrong(first));
        assertNotEquals(first, PasswordHasher.randomPassword());
    }

    @Test
    void refusesAnOverlongPasswordSayingSoRatherThanCuttingIt() {
        String pasted = "a1".repeat(75);
        BusinessException refusal = assertThrows(BusinessException.class, () -> PasswordHasher.requireStrong(pasted));
        assertEquals("password.tooLong", refusal.key());
        assertEquals(128, refusal.arguments()[0]);
        assertDoesNotThrow(() -> PasswordHasher.requireStrong("a1".repeat(64)));
    }

    @Test
    void refusesShortOrSingleKindPasswords() {
        for (String weak : new String[] {null, "abc123", "abcdefghijkl", "123456789012"}) {
            assertEquals("password.weak", assertThrows(BusinessException.class, () -> PasswordHasher.requireStrong(weak)).key());
        }
    }
}
