package org.gongjian.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingKeyFileTest {

    @TempDir
    Path home;

    @Test
    void theLauncherCreatesAKeyOnlyItsOwnerCanRead() throws IOException {
        Path file = SealingKeyFile.provide(Map.of(), home);

        assertEquals(home.resolve("sealing.key"), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(file).strip()).length);
        try (var left = Files.list(home)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
        assertEquals(file.toString(), SealingKeyFile.describe(Map.of(), file));
    }

    @Test
    void anExistingKeyIsNeverOverwritten() throws IOException {
        Path file = SealingKeyFile.provide(Map.of(), home);
        String first = Files.readString(file);

        assertEquals(file, SealingKeyFile.provide(Map.of(), home));
        assertFalse(SealingKeyFile.create(file));
        assertEquals(first, Files.readString(file));
    }

    @Test
    void twoKeysDiffer() throws IOException {
        Path one = home.resolve("one.key");
        Path two = home.resolve("two.key");
        assertTrue(SealingKeyFile.create(one));
        assertTrue(SealingKeyFile.create(two));
        assertNotEquals(Files.readString(one), Files.readString(two));
    }

    @Test
    void aKeyTheOperatorSetIsLeftToThePortal() throws IOException {
        assertNull(SealingKeyFile.provide(Map.of("GONGJIAN_SEALING_KEY", "c2VjcmV0"), home));
        assertNull(SealingKeyFile.provide(Map.of("GONGJIAN_SEALING_KEY_FILE", "/etc/gongjian/sealing.key"), home));
        assertFalse(Files.exists(home.resolve("sealing.key")));
        assertEquals("GONGJIAN_SEALING_KEY", SealingKeyFile.describe(Map.of("GONGJIAN_SEALING_KEY", "c2VjcmV0"), null));
        assertEquals("/etc/gongjian/sealing.key",
                SealingKeyFile.describe(Map.of("GONGJIAN_SEALING_KEY_FILE", " /etc/gongjian/sealing.key "), null));
    }
}
