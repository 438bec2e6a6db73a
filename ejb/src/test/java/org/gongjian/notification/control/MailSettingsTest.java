package org.gongjian.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void withoutHostMailIsOff() {
        MailSettings settings = MailSettings.from(Map.of("GONGJIAN_MAIL_FROM", "portal@example.org"));
        assertFalse(settings.enabled());
        assertTrue(settings.describe().contains("GONGJIAN_SMTP_HOST is not set"));
    }

    @Test
    void hostAndSenderTurnMailOnWithThePortOrTwentyFive() {
        MailSettings settings = MailSettings.from(Map.of("GONGJIAN_SMTP_HOST", "smtp.example.org", "GONGJIAN_MAIL_FROM", "portal@example.org"));
        assertTrue(settings.enabled());
        assertEquals(25, settings.port());
        assertEquals("25", settings.sessionProperties().get("mail.smtp.port"));
        assertEquals("false", settings.sessionProperties().get("mail.smtp.auth"));
        assertEquals(2525, MailSettings.from(Map.of("GONGJIAN_SMTP_HOST", "smtp.example.org", "GONGJIAN_MAIL_FROM", "portal@example.org",
                "GONGJIAN_SMTP_PORT", "2525")).port());
    }

    @Test
    void aMissingSenderOrBadPortTurnsMailOffAndSaysWhy() {
        MailSettings noSender = MailSettings.from(Map.of("GONGJIAN_SMTP_HOST", "smtp.example.org"));
        assertFalse(noSender.enabled());
        assertTrue(noSender.describe().contains("GONGJIAN_MAIL_FROM is not set"));
        MailSettings badPort = MailSettings.from(Map.of("GONGJIAN_SMTP_HOST", "smtp.example.org", "GONGJIAN_MAIL_FROM", "portal@example.org",
                "GONGJIAN_SMTP_PORT", "七"));
        assertFalse(badPort.enabled());
        assertTrue(badPort.describe().contains("GONGJIAN_SMTP_PORT is not a port number: 七"));
    }

    @Test
    void credentialsAndStartTlsAreUsedButThePasswordIsNeverShown() {
        MailSettings settings = MailSettings.from(Map.of("GONGJIAN_SMTP_HOST", "smtp.example.org", "GONGJIAN_MAIL_FROM", "portal@example.org",
                "GONGJIAN_SMTP_USER", "portal", "GONGJIAN_SMTP_PASSWORD", "s3cret-pass", "GONGJIAN_SMTP_STARTTLS", "true"));
        assertEquals("true", settings.sessionProperties().get("mail.smtp.auth"));
        assertEquals("true", settings.sessionProperties().get("mail.smtp.starttls.required"));
        assertFalse(settings.toString().contains("s3cret-pass"));
        assertFalse(settings.describe().contains("s3cret-pass"));
    }

    @Test
    void linksNeedThePublicAddress() {
        MailSettings none = MailSettings.from(Map.of());
        assertNull(none.projectLink("xinqiao", 5));
        MailSettings withUrl = MailSettings.from(Map.of("GONGJIAN_PUBLIC_URL", "https://gongjian.example.org/"));
        assertEquals("https://gongjian.example.org/t/xinqiao/projects/view?id=5", withUrl.projectLink("xinqiao", 5));
        assertEquals("https://gongjian.example.org/t/xinqiao/", withUrl.tenantLink("xinqiao"));
    }
}
