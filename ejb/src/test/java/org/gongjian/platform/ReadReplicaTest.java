package org.gongjian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadReplicaTest {

    @Test
    void allowedLagIsTenSecondsUnlessSetToWholeSecondsFromOneToAnHour() {
        assertEquals(10, ReadReplica.maxLagSeconds(null));
        assertEquals(10, ReadReplica.maxLagSeconds(" "));
        assertEquals(1, ReadReplica.maxLagSeconds("1"));
        assertEquals(30, ReadReplica.maxLagSeconds(" 30 "));
        assertEquals(3600, ReadReplica.maxLagSeconds("3600"));
    }

    @Test
    void refusesAnAllowedLagThatIsNotWholeSecondsInRangeNamingTheVariable() {
        for (String wrong : new String[] {"0", "-5", "3601", "10s", "1.5", "十"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ReadReplica.maxLagSeconds(wrong), wrong);
            assertTrue(refused.getMessage().contains("GONGJIAN_REPLICA_MAX_LAG_SECONDS 必须是 1 到 3600 之间的整数秒"), refused.getMessage());
            assertTrue(refused.getMessage().contains("must be a whole number of seconds from 1 to 3600, not '" + wrong + "'"), refused.getMessage());
        }
    }
}
