package org.gongjian.bidding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingKeyTest {

    private static final String KEY = Base64.getEncoder().encodeToString(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path folder;

    @Test
    void noKeyLeavesSealingOffAndSaysWhichVariables() {
        SealingKey none = SealingKey.from(Map.of(SealingKey.VARIABLE, " ", SealingKey.FILE_VARIABLE, ""));
        assertFalse(none.ready());
        assertTrue(none.describe().contains("GONGJIAN_SEALING_KEY_FILE"));
        assertThrows(IllegalStateException.class, none::secret);
    }

    @Test
    void keyFromTheVariable() {
        SealingKey key = SealingKey.from(Map.of(SealingKey.VARIABLE, KEY));
        assertTrue(key.ready());
        assertEquals("AES", key.secret().getAlgorithm());
        assertEquals(32, key.secret().getEncoded().length);
        assertEquals("bid sealing key from GONGJIAN_SEALING_KEY", key.describe());
    }

    @Test
    void keyFromTheFileWithItsLineBreak() throws IOException {
        Path file = Files.writeString(folder.resolve("sealing.key"), "  " + KEY + "\n");
        SealingKey key = SealingKey.from(Map.of(SealingKey.FILE_VARIABLE, file.toString()));
        assertTrue(key.ready());
        assertTrue(key.describe().contains(file.toString()));
    }

    @Test
    void theVariableComesBeforeTheFile() {
        SealingKey key = SealingKey.from(Map.of(SealingKey.VARIABLE, KEY, SealingKey.FILE_VARIABLE, "/no/such/file"));
        assertTrue(key.ready());
    }

    @Test
    void malformedKeysAreRefusedNamingTheVariableNeverTheKey() throws IOException {
        String notBase64 = refusal(Map.of(SealingKey.VARIABLE, "not*base64!"));
        assertTrue(notBase64.startsWith("GONGJIAN_SEALING_KEY is not base64"), notBase64);
        assertFalse(notBase64.contains("not*base64!"));

        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        String tooShort = refusal(Map.of(SealingKey.VARIABLE, shortKey));
        assertTrue(tooShort.startsWith("GONGJIAN_SEALING_KEY holds 16 bytes, a sealing key needs exactly 32"), tooShort);
        assertFalse(tooShort.contains(shortKey));

        Path missing = folder.resolve("missing.key");
        String unreadable = refusal(Map.of(SealingKey.FILE_VARIABLE, missing.toString()));
        assertTrue(unreadable.startsWith("GONGJIAN_SEALING_KEY_FILE names a file that cannot be read: " + missing), unreadable);

        Path longer = Files.writeString(folder.resolve("long.key"), Base64.getEncoder().encodeToString(new byte[33]));
        String tooLong = refusal(Map.of(SealingKey.FILE_VARIABLE, longer.toString()));
        assertTrue(tooLong.startsWith("GONGJIAN_SEALING_KEY_FILE (" + longer + ") holds 33 bytes"), tooLong);

        Path binary = Files.write(folder.resolve("binary.key"), new byte[] {(byte) 0xff, 0x00, 0x41});
        String notText = refusal(Map.of(SealingKey.FILE_VARIABLE, binary.toString()));
        assertTrue(notText.startsWith("GONGJIAN_SEALING_KEY_FILE (" + binary + ") is not base64"), notText);
    }

    private static String refusal(Map<String, String> environment) {
        return assertThrows(IllegalStateException.class, () -> SealingKey.from(environment)).getMessage();
    }
}
