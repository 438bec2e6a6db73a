package org.gongjian.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttachmentStoreTest {

    @Test
    void takesTheAttachmentDirectoryThenTheHomeThenTheLaunchersDefault() {
        assertEquals(Path.of("/srv/files").toAbsolutePath(),
                AttachmentStore.directory(Map.of("GONGJIAN_ATTACHMENTS", "/srv/files", "GONGJIAN_HOME", "/srv/home")));
        assertEquals(Path.of("/srv/home/attachments").toAbsolutePath(), AttachmentStore.directory(Map.of("GONGJIAN_HOME", "/srv/home")));
        assertEquals(Path.of("data", "attachments").toAbsolutePath(), AttachmentStore.directory(Map.of("GONGJIAN_ATTACHMENTS", " ")));
    }

    @Test
    void findsFilesOnlyByKeysItMakes() {
        AttachmentStore store = new AttachmentStore();
        store.root = Path.of("/srv/files");
        assertEquals(Path.of("/srv/files/0a/0a1b2c3d4e5f60718293a4b5c6d7e8f9"), store.file("0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
        assertThrows(IllegalArgumentException.class, () -> store.file("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.file("plan.pdf"));
    }
}
