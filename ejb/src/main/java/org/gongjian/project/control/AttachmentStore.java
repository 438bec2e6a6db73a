package org.gongjian.project.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps attachment files in a directory outside the web root, each under a new random key and
 * never under the name the user gave. The directory is {@code GONGJIAN_ATTACHMENTS}, else
 * {@code attachments} in {@code GONGJIAN_HOME}, else {@code data/attachments} like the launcher.
 * Files follow the transaction: one written in a transaction that rolls back is deleted again, one
 * removed is deleted only once the removal is committed.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource
    TransactionSynchronizationRegistry transactions;

    Path root;

    @PostConstruct
    void open() {
        root = directory(System.getenv());
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the attachment directory " + root, e);
        }
    }

    static Path directory(Map<String, String> environment) {
        String attachments = environment.get("GONGJIAN_ATTACHMENTS");
        String home = environment.get("GONGJIAN_HOME");
        Path directory;
        if (attachments != null && !attachments.isBlank()) {
            directory = Path.of(attachments);
        } else {
            directory = Path.of(home != null && !home.isBlank() ? home : "data").resolve("attachments");
        }
        return directory.toAbsolutePath().normalize();
    }

    /** Stores the bytes under a new key and returns the key. */
    public String put(byte[] content) {
        String key = HexFormat.of().formatHex(randomBytes());
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(key + ".part");
            Files.write(partial, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an attachment", e);
        }
        afterCompletion(committed -> {
            if (!committed) {
                delete(file);
            }
        });
        return key;
    }

    /** Deletes the key's file once the current transaction has committed. */
    public void removeAfterCommit(String key) {
        Path file = file(key);
        afterCompletion(committed -> {
            if (committed) {
                delete(file);
            }
        });
    }

    /** Where the key's file is; refuses anything that is not a key this store made. */
    public Path file(String key) {
        if (key == null || !key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private void afterCompletion(Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete attachment file " + file, e);
        }
    }
}
