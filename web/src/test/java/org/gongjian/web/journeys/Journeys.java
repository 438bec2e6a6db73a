package org.gongjian.web.journeys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test its browsers and closes them after it:
 * <pre>
 * &#64;RegisterExtension final Journeys journeys = new Journeys(() -&gt; base);
 * &#64;Test void someoneDoesSomething() { Journey someone = journeys.start(); … }
 * </pre>
 * Screenshots go to {@code target/journeys/<test method>/}. A failed test leaves a picture of where
 * it stopped; a passing one must have left no console error after its last check.
 */
public final class Journeys implements BeforeEachCallback, AfterEachCallback {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("journeys.dir", "target/journeys"));

    private final Supplier<URL> base;
    private final List<Journey> started = new ArrayList<>();
    private String test;

    /** The portal's address is a supplier because Arquillian injects it after this field is set. */
    public Journeys(Supplier<URL> base) {
        this.base = base;
    }

    /** A fresh browser (its own profile, no cookies) for the person the test follows. */
    public Journey start() {
        return startIn(SCREENSHOTS.resolve(test));
    }

    /** Another person's browser in the same test, e.g. {@code start("claimant")}. */
    public Journey start(String person) {
        return startIn(SCREENSHOTS.resolve(test + "-" + person));
    }

    private Journey startIn(Path screenshots) {
        deleteOldScreenshots(screenshots);
        Journey journey = new Journey(base.get(), screenshots);
        started.add(journey);
        return journey;
    }

    private static void deleteOldScreenshots(Path folder) {
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context.getRequiredTestMethod().getName();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        boolean failed = context.getExecutionException().isPresent();
        try {
            for (Journey journey : started) {
                if (failed) {
                    journey.screenshotFailure();
                } else {
                    List<String> errors = journey.consoleErrors();
                    assertTrue(errors.isEmpty(), "console errors after the last check:\n  " + String.join("\n  ", errors));
                }
            }
        } finally {
            started.forEach(Journey::close);
            started.clear();
        }
    }
}
