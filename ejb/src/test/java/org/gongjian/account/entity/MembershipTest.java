package org.gongjian.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private final Account account = new Account("li.ming", "李明", null, 1L, "hash");

    @Test
    void unitMemberNeedsAUnitAndClaimantNeedsAnOrganisation() {
        assertEquals("account.unit.required",
                assertThrows(BusinessException.class, () -> new Membership(account, Role.UNIT_MEMBER, null, 3L)).key());
        assertEquals("account.claimant.required",
                assertThrows(BusinessException.class, () -> new Membership(account, Role.CLAIMANT, 2L, null)).key());
    }

    @Test
    void hostAdminIsNoTenantRole() {
        assertEquals("account.role.invalid",
                assertThrows(BusinessException.class, () -> new Membership(account, Role.HOST_ADMIN, null, null)).key());
    }

    @Test
    void keepsOnlyTheOrganisationItsRoleSpeaksFor() {
        Membership evaluator = new Membership(account, Role.EVALUATOR, 2L, 3L);
        assertNull(evaluator.getUnitId());
        assertNull(evaluator.getClaimantId());
    }

    @Test
    void accountRefusesBadLoginAndEmail() {
        assertEquals("account.login.invalid",
                assertThrows(BusinessException.class, () -> new Account("李明", "李明", null, 1L, "h")).key());
        assertEquals("account.email.invalid",
                assertThrows(BusinessException.class, () -> new Account("li.ming", "李明", "not-an-address", 1L, "h")).key());
    }
}
