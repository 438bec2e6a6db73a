package org.gongjian.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenant.entity.TenantKind;
import org.junit.jupiter.api.Test;

class WordingTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void projectNewsInEitherLanguage() {
        assertEquals("项目“社区议事厅”已被退回修改，请查看退回理由，修改后重新提交",
                Wording.line(CHINESE, "project.return", List.of("社区议事厅")));
        assertEquals("Project “社区议事厅” was approved", Wording.line(Locale.ENGLISH, "project.approve", List.of("社区议事厅")));
        assertEquals("项目“社区议事厅”有新的动态", Wording.line(CHINESE, "project.ledger.add", List.of("社区议事厅")));
    }

    @Test
    void remindersNameTheWindowTheDayAndTheDaysLeft() {
        assertEquals("“项目申报”将于2026年4月30日截止，还有 2 天，请抓紧办理",
                Wording.line(CHINESE, Wording.REMINDER, List.of("DECLARATION", "2026-04-30", "2")));
        assertEquals("Project declaration closes on 30 April 2026: 2 days left",
                Wording.line(Locale.ENGLISH, Wording.REMINDER, List.of("DECLARATION", "2026-04-30", "2")));
        assertEquals("Closure and acceptance closes on 1 May 2026: 1 day left",
                Wording.line(Locale.ENGLISH, Wording.REMINDER, List.of("CLOSURE", "2026-05-01", "1")));
        assertEquals("“中期报告”今天（2026年5月1日）截止，请抓紧办理",
                Wording.line(CHINESE, Wording.REMINDER, List.of("MID_TERM", "2026-05-01", "0")));
    }

    @Test
    void aTitleWithBracesOrQuotesIsShownAsTyped() {
        assertEquals("Project “{0} it's” was rejected", Wording.line(Locale.ENGLISH, "project.reject", List.of("{0} it's")));
    }

    @Test
    void mailIsChineseFirstThenEnglishNamingTheTenantWithTheLink() {
        Tenant tenant = new Tenant("xinqiao", "新桥镇党委", "Xinqiao Town Party Committee", TenantKind.STREET, "Asia/Shanghai");
        Mail mail = Wording.mail(tenant, "unit@example.org", "project.approve", List.of("社区议事厅"),
                "https://gongjian.example.org/t/xinqiao/projects/view?id=5");
        assertEquals("unit@example.org", mail.to());
        assertEquals("【新桥镇党委】项目“社区议事厅”已批准立项 / Project “社区议事厅” was approved", mail.subject());
        String body = mail.body();
        assertTrue(body.startsWith("新桥镇党委通知："), body);
        assertTrue(body.indexOf("查看项目：https://gongjian.example.org/t/xinqiao/projects/view?id=5")
                < body.indexOf("A notice from Xinqiao Town Party Committee:"), body);
        assertTrue(body.contains("Open the project: https://gongjian.example.org/t/xinqiao/projects/view?id=5"), body);
    }

    @Test
    void mailWithoutAnAddressHasNoLink() {
        Tenant tenant = new Tenant("xinqiao", "新桥镇党委", null, TenantKind.STREET, "Asia/Shanghai");
        Mail mail = Wording.mail(tenant, "unit@example.org", Wording.REMINDER, List.of("DECLARATION", "2026-04-30", "2"), null);
        assertFalse(mail.body().contains("http"), mail.body());
        assertTrue(mail.body().contains("A notice from 新桥镇党委:"), mail.body());
        assertTrue(mail.subject().startsWith("【新桥镇党委】“项目申报”将于2026年4月30日截止"), mail.subject());
    }
}
