package org.gongjian.web.tenant.projects;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.gongjian.audit.entity.AuditRecord;
import org.gongjian.web.faces.Messages;

/**
 * One line of a project's timeline: who did what and when, with the comment or the newly given
 * reason the change carried. An action without a label of its own is shown by its name.
 */
public record TimelineEntry(OffsetDateTime at, String actor, String what, String detail) {

    static TimelineEntry of(AuditRecord record, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        String key = "audit.action." + record.getAction();
        String what = bundle.containsKey(key) ? bundle.getString(key) : record.getAction();
        return new TimelineEntry(record.getAt(), record.getActor(), what, detail(record.getBefore(), record.getAfter()));
    }

    /** A comment's text, or a reason this change gave (one kept from an earlier decision is not repeated). */
    static String detail(String before, String after) {
        String comment = text(after, "comment");
        if (comment != null) {
            return comment;
        }
        String reason = text(after, "reason");
        return Objects.equals(reason, text(before, "reason")) ? null : reason;
    }

    private static String text(String state, String name) {
        if (state == null || !state.startsWith("{")) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(state))) {
            JsonObject object = reader.readObject();
            JsonValue value = object.get(name);
            return value != null && value.getValueType() == JsonValue.ValueType.STRING ? object.getString(name) : null;
        } catch (JsonException e) {
            return null;
        }
    }
}
