package org.gongjian.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API. Tenant resources live under {@code /t/{code}/…} and go through the same tenant
 * filter and boundaries as the pages; the session cookie signs requests in.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
