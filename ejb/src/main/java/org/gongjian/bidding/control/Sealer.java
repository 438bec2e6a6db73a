package org.gongjian.bidding.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.gongjian.platform.BusinessException;

/**
 * Seals bid contents with AES-256-GCM under a competition's data key, which is stored only wrapped
 * (AES-256-GCM again) under the master {@link SealingKey}. Every sealed value is
 * nonce ‖ ciphertext ‖ tag with a fresh 12-byte random nonce, and carries the name of its row as
 * associated data, so it opens only in the row it was sealed for. An unwrapped data key lives only
 * for the one call that needs it.
 */
@ApplicationScoped
public class Sealer {

    private static final Logger LOG = Logger.getLogger(Sealer.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String DATA_KEY_CONTEXT = "data-key";

    private SealingKey master;

    public Sealer() {
    }

    Sealer(SealingKey master) {
        this.master = master;
    }

    @PostConstruct
    void load() {
        try {
            master = SealingKey.from(System.getenv());
        } catch (IllegalStateException e) {
            // the container's deployment error names only the failed method, not this reason
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    /** A malformed key stops the portal at start-up, naming the variable, rather than at the first bid. */
    void checkKeyAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(master::describe);
    }

    /** Whether a master key is configured. */
    public boolean ready() {
        return master.ready();
    }

    /** A new random data key, returned wrapped under the master key, ready to store. */
    public byte[] newDataKey() {
        SecretKey kek = masterKey();
        byte[] dataKey = new byte[SealingKey.BYTES];
        RANDOM.nextBytes(dataKey);
        try {
            return encrypt(kek, DATA_KEY_CONTEXT, dataKey);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Seals the plain bytes for the row named by the context. */
    public byte[] seal(byte[] wrappedKey, String context, byte[] plain) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(plain, "plain");
        return encrypt(dataKey(wrappedKey, context), context, plain);
    }

    /** Opens what {@link #seal} sealed for the same row; {@link SealBroken} if it was changed, moved or sealed under another key. */
    public byte[] unseal(byte[] wrappedKey, String context, byte[] sealed) {
        Objects.requireNonNull(context, "context");
        return decrypt(dataKey(wrappedKey, context), context, sealed);
    }

    /** The SHA-256 of the bytes in lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }

    private SecretKey masterKey() {
        if (!master.ready()) {
            throw new BusinessException("seal.noKey");
        }
        return master.secret();
    }

    private SecretKey dataKey(byte[] wrappedKey, String context) {
        Objects.requireNonNull(wrappedKey, "wrappedKey");
        SecretKey kek = masterKey();
        byte[] raw;
        try {
            raw = decrypt(kek, DATA_KEY_CONTEXT, wrappedKey);
        } catch (SealBroken e) {
            throw new SealBroken(context);
        }
        try {
            if (raw.length != SealingKey.BYTES) {
                throw new SealBroken(context);
            }
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static byte[] encrypt(SecretKey key, String context, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            ByteBuffer sealed = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plain.length));
            sealed.put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plain), sealed);
            return sealed.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to seal " + context, e);
        }
    }

    private static byte[] decrypt(SecretKey key, String context, byte[] sealed) {
        if (sealed == null || sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealBroken(context);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealBroken(context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to open " + context, e);
        }
    }
}
