package org.gongjian.claim.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gongjian.claimant.entity.ClaimantKind;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class JoinRequestTest {

    private static JoinForm form(String phone, String email) {
        return new JoinForm("新桥镇养老服务社", ClaimantKind.SOCIAL_ORGANISATION, "钱芳", phone, email, "愿意承接助老项目");
    }

    @Test
    void needsAWayToBeReached() {
        assertEquals("join.contact.required", assertThrows(BusinessException.class, () -> new JoinRequest(form(" ", null))).key());
        assertEquals("claimant.phone.invalid", assertThrows(BusinessException.class, () -> new JoinRequest(form("电话", null))).key());
        assertEquals("join.email.invalid", assertThrows(BusinessException.class, () -> new JoinRequest(form(null, "no-at-sign"))).key());
        assertEquals("021-5768 0000", new JoinRequest(form(" 021-5768 0000 ", null)).getContactPhone());
    }

    @Test
    void isDecidedOnceAcceptedOrDeclinedWithAReason() {
        JoinRequest request = new JoinRequest(form(null, "qf@example.org"));
        assertEquals("claim.field.required", assertThrows(BusinessException.class, () -> request.decline("", "admin")).key());
        request.accept(42L, "admin");
        assertEquals(JoinStatus.ACCEPTED, request.getStatus());
        assertEquals(42L, request.getClaimantId());
        assertEquals("join.decided", assertThrows(BusinessException.class, () -> request.decline("重复", "admin")).key());
    }
}
