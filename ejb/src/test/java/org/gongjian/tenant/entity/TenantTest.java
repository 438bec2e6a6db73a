package org.gongjian.tenant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
    void cityNamesTheCityWidePagesAndNoTenant() {
        assertEquals("tenant.code.taken", assertThrows(BusinessException.class,
                () -> new Tenant("city", "名称", null, TenantKind.STREET, "Asia/Shanghai")).key());
    }

    @Test
    void overlongNamesAreRefusedNamingTheFieldNeverCut() {
        BusinessException english = assertThrows(BusinessException.class,
                () -> new Tenant("abc", "名称", "E".repeat(201), TenantKind.STREET, "Asia/Shanghai"));
        assertEquals("text.tooLong", english.key());
        assertEquals(List.of(TenantField.NAME_EN, 200), List.of(english.arguments()));
        BusinessException chinese = assertThrows(BusinessException.class,
                () -> new Tenant("abc", "名".repeat(101), null, TenantKind.STREET, "Asia/Shanghai"));
        assertEquals(List.of(TenantField.NAME_ZH, 100), List.of(chinese.arguments()));
        Tenant longest = new Tenant("abc", "名".repeat(100), "E".repeat(200), TenantKind.STREET, "Asia/Shanghai");
        assertEquals("E".repeat(200), longest.getNameEn());
        assertEquals("名".repeat(100), longest.getNameZh());
    }

    @Test
    void refusesMissingNameAndKind() {
        assertEquals("tenant.name.invalid", assertThrows(BusinessException.class,
                () -> new Tenant("abc", " ", null, TenantKind.STREET, "Asia/Shanghai")).key());
        assertEquals("tenant.kind.required", assertThrows(BusinessException.class,
                () -> new Tenant("abc", "名称", null, null, "Asia/Shanghai")).key());
    }
}
