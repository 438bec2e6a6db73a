package org.gongjian.notification.control;

import java.util.Map;
import java.util.Properties;

/**
 * Where e-mail goes, from the environment: {@code GONGJIAN_SMTP_HOST} (none: e-mail is off),
 * {@code GONGJIAN_SMTP_PORT} (25), {@code GONGJIAN_MAIL_FROM} (required with a host),
 * {@code GONGJIAN_SMTP_USER} and {@code GONGJIAN_SMTP_PASSWORD} (optional), {@code GONGJIAN_SMTP_STARTTLS}
 * ({@code true} requires STARTTLS), and {@code GONGJIAN_PUBLIC_URL}, the portal's address for links.
 *
 * @param problem why e-mail is off although a host is set, or null
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls,
                           String publicUrl, String problem) {

    private static final int TIMEOUT_MILLIS = 10_000;

    public static MailSettings from(Map<String, String> env) {
        String host = value(env, "GONGJIAN_SMTP_HOST");
        String from = value(env, "GONGJIAN_MAIL_FROM");
        String url = value(env, "GONGJIAN_PUBLIC_URL");
        String publicUrl = url == null ? null : url.replaceAll("/+$", "");
        String portText = value(env, "GONGJIAN_SMTP_PORT");
        String problem = null;
        int port = 25;
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = 0;
            }
            if (port < 1 || port > 65535) {
                problem = "GONGJIAN_SMTP_PORT is not a port number: " + portText;
            }
        }
        if (host != null && from == null) {
            problem = "GONGJIAN_MAIL_FROM is not set";
        }
        return new MailSettings(host, port, from, value(env, "GONGJIAN_SMTP_USER"), value(env, "GONGJIAN_SMTP_PASSWORD"),
                "true".equalsIgnoreCase(value(env, "GONGJIAN_SMTP_STARTTLS")), publicUrl, host == null ? null : problem);
    }

    public boolean enabled() {
        return host != null && problem == null;
    }

    /** The link to a project's page, or null without a public address. */
    public String projectLink(String tenantCode, long projectId) {
        return publicUrl == null ? null : publicUrl + "/t/" + tenantCode + "/projects/view?id=" + projectId;
    }

    /** The link to the tenant's pages, or null without a public address. */
    public String tenantLink(String tenantCode) {
        return publicUrl == null ? null : publicUrl + "/t/" + tenantCode + "/";
    }

    /** Jakarta Mail's session properties; a slow server times out rather than holding a thread. */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.from", from);
        properties.put("mail.smtp.auth", Boolean.toString(user != null));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        return properties;
    }

    /** What the start-up log says about e-mail; never the password. */
    public String describe() {
        if (host == null) {
            return "GONGJIAN_SMTP_HOST is not set: e-mail is off, notifications go to the inbox only";
        }
        if (problem != null) {
            return problem + ": e-mail is off, notifications go to the inbox only";
        }
        return "e-mail through " + host + ":" + port + " from " + from + (startTls ? " with STARTTLS" : "")
                + (user == null ? "" : " as " + user) + (publicUrl == null ? ", without links (GONGJIAN_PUBLIC_URL is not set)"
                : ", links to " + publicUrl);
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return describe();
    }
}
