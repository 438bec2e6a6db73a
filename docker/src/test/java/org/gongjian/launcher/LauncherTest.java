package org.gongjian.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @Test
    void withDemoDataThePortalListensOnThisMachineOnlyUnlessToldOtherwise() {
        assertEquals("127.0.0.1", Launcher.bindAddress(null, "true"));
        assertEquals("127.0.0.1", Launcher.bindAddress(" ", "force"));
        assertEquals("0.0.0.0", Launcher.bindAddress(null, "false"));
        assertEquals("0.0.0.0", Launcher.bindAddress("0.0.0.0", "true"));
        assertEquals("192.168.1.20", Launcher.bindAddress(" 192.168.1.20 ", "true"));
    }

    @Test
    void bindAddressIsRefusedWhenItIsNoAddress() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Launcher.bindAddress("127.0.0.1\nset something=else", "true"));
        assertTrue(refused.getMessage().contains("GONGJIAN_HTTP_BIND"));
    }

    @Test
    void demoDataOnlyOnTheEmbeddedDatabaseUnlessForced() {
        assertTrue(Launcher.demoDataAllowed("true", true));
        assertFalse(Launcher.demoDataAllowed("true", false));
        assertTrue(Launcher.demoDataAllowed("force", false));
        assertFalse(Launcher.demoDataAllowed("false", true));
    }

    @Test
    void payaraMicroIsToldToNameNoProductInItsResponses(@TempDir Path directory) throws IOException {
        List<String> commands = Files.readAllLines(Launcher.preBootCommands(directory, "set a.b=c"));
        assertTrue(commands.contains("set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false"), commands.toString());
        assertTrue(commands.contains("set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false"), commands.toString());
        assertEquals("set a.b=c", commands.get(commands.size() - 1));
    }
}
