package org.gongjian.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @Test
    void payaraMicroIsToldToNameNoProductInItsResponses(@TempDir Path directory) throws IOException {
        List<String> commands = Files.readAllLines(Launcher.preBootCommands(directory));
        assertTrue(commands.contains("set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false"), commands.toString());
        assertTrue(commands.contains("set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false"), commands.toString());
    }
}
