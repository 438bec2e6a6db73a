package org.gongjian.web;

import java.net.URL;
import org.junit.jupiter.api.BeforeEach;

/**
 * The portal as its users meet it: the real WAR on Payara Micro with a real PostgreSQL, driven
 * over HTTP by the people of {@link Visitors}. Test classes share the server ({@link PortalServer}).
 */
public abstract class DeployedPortal {

    protected final URL base;

    protected Visitors visitors;

    protected DeployedPortal() {
        this(PortalServer.PORTAL);
    }

    /** For a test that needs the doors of {@link PortalServer#WITH_DOORS}. */
    protected DeployedPortal(PortalServer server) {
        base = server.base();
    }

    @BeforeEach
    void visitors() {
        visitors = new Visitors(base);
    }
}
