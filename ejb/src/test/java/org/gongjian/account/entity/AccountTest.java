package org.gongjian.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void overlongNameAndEmailAreRefusedNamingTheFieldNeverCut() {
        BusinessException name = assertThrows(BusinessException.class,
                () -> new Account("wang.li", "王".repeat(101), null, 1L, "hash"));
        assertEquals("text.tooLong", name.key());
        assertEquals(List.of(AccountField.DISPLAY_NAME, 100), List.of(name.arguments()));
        String longEmail = "a".repeat(189) + "@example.org";
        BusinessException email = assertThrows(BusinessException.class,
                () -> new Account("wang.li", "王丽", longEmail, 1L, "hash"));
        assertEquals(List.of(AccountField.EMAIL, 200), List.of(email.arguments()));
        Account longest = new Account("wang.li", "王".repeat(100), longEmail.substring(1), 1L, "hash");
        assertEquals("王".repeat(100), longest.getDisplayName());
        assertEquals(longEmail.substring(1), longest.getEmail());
    }

    @Test
    void aLoginNoAccountCanHaveIsNotOne() {
        assertTrue(Account.couldBeLogin(" Wang.Li "));
        assertTrue(Account.couldBeLogin("w".repeat(64)));
        assertFalse(Account.couldBeLogin("w".repeat(65)));
        assertFalse(Account.couldBeLogin("wang li"));
        assertEquals("account.login.invalid", assertThrows(BusinessException.class,
                () -> new Account("w".repeat(65), "王丽", null, 1L, "hash")).key());
    }
}
