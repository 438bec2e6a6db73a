package org.gongjian.tenant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class TenantTest {

    @Test
    void codeIsTrimmedAndLowercased() {
        Tenant tenant = new Tenant(" XinQiao ", "新桥镇党委", " ", TenantKind.STREET, "Asia/Shanghai");
        assertEquals("xinqiao", tenant.getCode());
        assertEquals(null, tenant.getNameEn());
        assertEquals("新桥镇党委", tenant.name(true));
    }

    @Test
    void refusesCodesThatCannotStandInAUrl() {
        for (String code : new String[] {"", "x", "1abc", "has space", "中文", "a/b", "a".repeat(33)}) {
            BusinessException refusal = assertThrows(BusinessException.class,
                    () -> new Tenant(code, "名称", null, TenantKind.STREET, "Asia/Shanghai"), code);
            assertEquals("tenant.code.invalid", refusal.key());
        }
    }

    @Test
    void refusesMissingNameAndKind() {
        assertEquals("tenant.name.invalid", assertThrows(BusinessException.class,
                () -> new Tenant("abc", " ", null, TenantKind.STREET, "Asia/Shanghai")).key());
        assertEquals("tenant.kind.required", assertThrows(BusinessException.class,
                () -> new Tenant("abc", "名称", null, null, "Asia/Shanghai")).key());
    }
}
