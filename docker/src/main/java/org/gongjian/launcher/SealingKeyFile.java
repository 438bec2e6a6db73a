package org.gongjian.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The master key the portal seals bids under, kept in a file beside the data the launcher owns:
 * {@code sealing.key} in {@code GONGJIAN_HOME}, 32 random bytes in base64, readable by its owner
 * only. It is created once and never overwritten, since bids sealed under a lost key never open.
 */
final class SealingKeyFile {

    static final String VARIABLE = "GONGJIAN_SEALING_KEY";
    static final String FILE_VARIABLE = "GONGJIAN_SEALING_KEY_FILE";
    static final String FILE_NAME = "sealing.key";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealingKeyFile() {
    }

    /**
     * The key file the launcher passes to the portal, created if missing; null when the operator
     * set {@code GONGJIAN_SEALING_KEY} or {@code GONGJIAN_SEALING_KEY_FILE}, which the portal then reads.
     */
    static Path provide(Map<String, String> environment, Path home) throws IOException {
        if (isSet(environment.get(VARIABLE)) || isSet(environment.get(FILE_VARIABLE))) {
            return null;
        }
        Path file = home.resolve(FILE_NAME);
        if (create(file)) {
            System.out.println("已创建竞标密封密钥 / Created the bid-sealing key: " + file);
        }
        return file;
    }

    /** Where the portal's key is, for the banner; never the key. */
    static String describe(Map<String, String> environment, Path created) {
        if (created != null) {
            return created.toString();
        }
        return isSet(environment.get(VARIABLE)) ? VARIABLE : environment.get(FILE_VARIABLE).strip();
    }

    /**
     * Writes a new key to the file unless it exists, all at once: it is written under a temporary
     * name readable by its owner only, then linked (or, where links are not supported, moved) to its
     * name, which fails rather than replace a file that appeared meanwhile.
     *
     * @return whether a key was written
     */
    static boolean create(Path file) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = Files.createTempFile(directory, FILE_NAME, ".part", ownerOnly(directory));
        try {
            byte[] key = new byte[BYTES];
            RANDOM.nextBytes(key);
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                out.write((Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            try {
                Files.createLink(file, partial);
            } catch (UnsupportedOperationException e) {
                Files.move(partial, file);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) throws IOException {
        if (!Files.getFileStore(directory).supportsFileAttributeView("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
