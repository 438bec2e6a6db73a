package org.gongjian.bidding.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key that wraps every competition's data key, held outside the database: the
 * environment variable {@code GONGJIAN_SEALING_KEY} (base64 of exactly 32 bytes), else the file
 * named by {@code GONGJIAN_SEALING_KEY_FILE} (the same base64 text). A malformed key is refused
 * naming the variable and the problem, never the key; no key at all leaves sealing off.
 */
final class SealingKey {

    static final String VARIABLE = "GONGJIAN_SEALING_KEY";
    static final String FILE_VARIABLE = "GONGJIAN_SEALING_KEY_FILE";
    static final int BYTES = 32;

    private final SecretKey key;
    private final String source;

    private SealingKey(SecretKey key, String source) {
        this.key = key;
        this.source = source;
    }

    static SealingKey from(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value != null && !value.isBlank()) {
            return new SealingKey(decode(value, VARIABLE), VARIABLE);
        }
        String file = environment.get(FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            return new SealingKey(decode(read(file.trim()), FILE_VARIABLE + " (" + file.trim() + ")"),
                    FILE_VARIABLE + " (" + file.trim() + ")");
        }
        return new SealingKey(null, null);
    }

    boolean ready() {
        return key != null;
    }

    SecretKey secret() {
        if (key == null) {
            throw new IllegalStateException("no sealing key: neither " + VARIABLE + " nor " + FILE_VARIABLE + " is set");
        }
        return key;
    }

    /** Where the key came from, for the start-up log; never the key. */
    String describe() {
        return key == null
                ? "neither " + FILE_VARIABLE + " nor " + VARIABLE + " is set: bid sealing is off, competitions and bids are refused"
                : "bid sealing key from " + source;
    }

    private static String read(String file) {
        try {
            return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.ISO_8859_1);
        } catch (IOException | InvalidPathException e) {
            throw new IllegalStateException(FILE_VARIABLE + " names a file that cannot be read: " + file
                    + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static SecretKey decode(String text, String origin) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(origin + " is not base64 text; make one with: head -c 32 /dev/urandom | base64");
        }
        try {
            if (bytes.length != BYTES) {
                throw new IllegalStateException(origin + " holds " + bytes.length + " bytes, a sealing key needs exactly " + BYTES
                        + "; make one with: head -c 32 /dev/urandom | base64");
            }
            return new SecretKeySpec(bytes, "AES");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
