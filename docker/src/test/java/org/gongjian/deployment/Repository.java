package org.gongjian.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's checkout, seen from the docker module's tests (Maven runs them in the module's folder). */
final class Repository {

    static final Path ROOT = findRoot();
    static final Path DOCKER = ROOT.resolve("docker");

    private Repository() {
    }

    static String read(String relativePath) {
        return read(ROOT.resolve(relativePath));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main sources of every module: what the portal and the launcher are built from. */
    static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> ROOT.relativize(file).toString().matches("[^/]+/src/main/.+\\.(java|xml|properties)"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("README.md")) && Files.isDirectory(folder.resolve("docker"))) {
                return folder;
            }
        }
        throw new IllegalStateException("no checkout with README.md and docker/ above " + Path.of("").toAbsolutePath());
    }
}
