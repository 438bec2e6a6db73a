package org.gongjian.web;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal as its users meet it: the real WAR on Payara Micro with a real PostgreSQL, driven
 * over HTTP by the people of {@link Visitors}. Each test class that extends it gets its own server.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPortal {

    @ArquillianResource
    protected URL base;

    protected Visitors visitors;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("gongjian.war")));
    }

    @BeforeEach
    void visitors() {
        visitors = new Visitors(base);
    }
}
