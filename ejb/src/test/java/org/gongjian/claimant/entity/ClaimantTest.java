package org.gongjian.claimant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class ClaimantTest {

    @Test
    void overlongNameAndContactAreRefusedNamingTheFieldNeverCut() {
        BusinessException name = assertThrows(BusinessException.class,
                () -> new Claimant("共".repeat(101), ClaimantKind.ENTERPRISE, null, null));
        assertEquals("text.tooLong", name.key());
        assertEquals(List.of(ClaimantField.NAME, 100), List.of(name.arguments()));
        BusinessException person = assertThrows(BusinessException.class,
                () -> new Claimant("新桥物业", ClaimantKind.ENTERPRISE, "联".repeat(51), null));
        assertEquals(List.of(ClaimantField.CONTACT_PERSON, 50), List.of(person.arguments()));
        assertEquals("claimant.phone.invalid", assertThrows(BusinessException.class,
                () -> new Claimant("新桥物业", ClaimantKind.ENTERPRISE, null, "1".repeat(31))).key());
        Claimant longest = new Claimant("共".repeat(100), ClaimantKind.ENTERPRISE, "联".repeat(50), "1".repeat(30));
        assertEquals("共".repeat(100), longest.getName());
        assertEquals("联".repeat(50), longest.getContactPerson());
    }
}
