package org.gongjian.bidding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class SealerTest {

    private static final byte[] PLAN = "实施方案：社区议事厅改造，投资概算 12万元".getBytes(StandardCharsets.UTF_8);

    private final Sealer sealer = new Sealer(randomKey());

    @Test
    void sealedPlanOpensInItsOwnRowOnly() {
        byte[] dataKey = sealer.newDataKey();
        byte[] sealed = sealer.seal(dataKey, "bid:7", PLAN);

        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains(new String(PLAN, StandardCharsets.ISO_8859_1)));
        assertEquals(12 + PLAN.length + 16, sealed.length);
        assertArrayEquals(PLAN, sealer.unseal(dataKey, "bid:7", sealed));
        SealBroken moved = assertThrows(SealBroken.class, () -> sealer.unseal(dataKey, "bid:8", sealed));
        assertTrue(moved.getMessage().contains("bid:8"));
    }

    @Test
    void aChangedByteBreaksTheSeal() {
        byte[] dataKey = sealer.newDataKey();
        byte[] sealed = sealer.seal(dataKey, "bid-version:7:1", PLAN);
        for (int at : new int[] {0, 12, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 1;
            assertThrows(SealBroken.class, () -> sealer.unseal(dataKey, "bid-version:7:1", changed));
        }
        assertThrows(SealBroken.class, () -> sealer.unseal(dataKey, "bid-version:7:1", new byte[20]));
    }

    @Test
    void anotherMasterKeyOpensNothing() {
        byte[] dataKey = sealer.newDataKey();
        byte[] sealed = sealer.seal(dataKey, "bid-file:7:3", PLAN);
        Sealer other = new Sealer(randomKey());

        assertThrows(SealBroken.class, () -> other.unseal(dataKey, "bid-file:7:3", sealed));
        assertThrows(SealBroken.class, () -> other.seal(dataKey, "bid-file:7:3", PLAN));
    }

    @Test
    void anotherDataKeyOpensNothing() {
        byte[] sealed = sealer.seal(sealer.newDataKey(), "bid:7", PLAN);
        assertThrows(SealBroken.class, () -> sealer.unseal(sealer.newDataKey(), "bid:7", sealed));
    }

    @Test
    void sealingTheSameTextTwiceGivesDifferentBytes() {
        byte[] dataKey = sealer.newDataKey();
        byte[] first = sealer.seal(dataKey, "bid:7", PLAN);
        byte[] second = sealer.seal(dataKey, "bid:7", PLAN);

        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(sealer.newDataKey(), sealer.newDataKey()));
        assertArrayEquals(PLAN, sealer.unseal(dataKey, "bid:7", second));
    }

    @Test
    void theDataKeyIsStoredOnlyWrapped() {
        assertEquals(12 + 32 + 16, sealer.newDataKey().length);
    }

    @Test
    void anEmptyPlanSealsAndOpens() {
        byte[] dataKey = sealer.newDataKey();
        assertArrayEquals(new byte[0], sealer.unseal(dataKey, "bid:7", sealer.seal(dataKey, "bid:7", new byte[0])));
    }

    @Test
    void withoutKeySealingIsRefusedWithItsMessage() {
        Sealer off = new Sealer(SealingKey.from(Map.of()));
        assertFalse(off.ready());
        assertTrue(sealer.ready());
        assertEquals("seal.noKey", assertThrows(BusinessException.class, off::newDataKey).key());
        byte[] dataKey = sealer.newDataKey();
        byte[] sealed = sealer.seal(dataKey, "bid:7", PLAN);
        assertEquals("seal.noKey", assertThrows(BusinessException.class, () -> off.seal(dataKey, "bid:7", PLAN)).key());
        assertEquals("seal.noKey", assertThrows(BusinessException.class, () -> off.unseal(dataKey, "bid:7", sealed)).key());
    }

    @Test
    void sha256IsLowercaseHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sealer.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sealer.sha256(new byte[0]));
    }

    static SealingKey randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return SealingKey.from(Map.of(SealingKey.VARIABLE, Base64.getEncoder().encodeToString(key)));
    }
}
