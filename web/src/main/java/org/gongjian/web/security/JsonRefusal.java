package org.gongjian.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gongjian.web.faces.Messages;

/** A refusal a filter sends before the API is reached, in the same shape as the API's own refusals. */
final class JsonRefusal {

    private JsonRefusal() {
    }

    static void send(HttpServletResponse response, int status, Locale locale, String key, Object... arguments) throws IOException {
        String message = Messages.text(locale, key, arguments);
        String body = Json.createObjectBuilder()
                .add("error", key)
                .add("message", message)
                .add("reasons", Json.createArrayBuilder().add(Json.createObjectBuilder().add("error", key).add("message", message)))
                .build().toString();
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
