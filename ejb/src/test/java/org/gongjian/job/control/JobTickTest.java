package org.gongjian.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobTickTest {

    @Test
    void unsetTicksEveryMinute() {
        assertEquals(Duration.ofSeconds(60), JobTick.from(Map.of()));
        assertEquals(Duration.ofSeconds(60), JobTick.from(Map.of(JobTick.VARIABLE, " ")));
    }

    @Test
    void takesWholeSecondsFromOneToAnHour() {
        assertEquals(Duration.ofSeconds(1), JobTick.from(Map.of(JobTick.VARIABLE, "1")));
        assertEquals(Duration.ofSeconds(3600), JobTick.from(Map.of(JobTick.VARIABLE, "3600")));
    }

    @Test
    void refusesWhatIsNotATickNamingTheVariable() {
        for (String wrong : new String[] {"0", "3601", "-5", "1.5", "10s", "一分钟"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> JobTick.from(Map.of(JobTick.VARIABLE, wrong)));
            assertTrue(refused.getMessage().startsWith("GONGJIAN_JOB_TICK_SECONDS 须为 1 到 3600 之间的整数秒，现为“" + wrong + "”"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("must be whole seconds from 1 to 3600"), refused.getMessage());
        }
    }
}
