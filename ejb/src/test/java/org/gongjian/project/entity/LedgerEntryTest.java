package org.gongjian.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    private static LedgerEntry due(LocalDate deadline) {
        LedgerEntry entry = new LedgerEntry(1L, "xq-unit");
        entry.describe(LedgerKind.TASK, "第一阶段", "建成议事厅", "王书记", deadline, "每周调度");
        return entry;
    }

    @Test
    void openEntriesTurnAmberAWeekBeforeTheirDeadlineAndRedAfterIt() {
        assertEquals(Signal.GREEN, due(TODAY.plusDays(8)).signal(TODAY));
        assertEquals(Signal.AMBER, due(TODAY.plusDays(7)).signal(TODAY));
        assertEquals(Signal.AMBER, due(TODAY).signal(TODAY));
        assertEquals(Signal.RED, due(TODAY.minusDays(1)).signal(TODAY));
    }

    @Test
    void aDoneEntryIsGreenWhateverItsDeadline() {
        LedgerEntry late = due(TODAY.minusDays(30));
        late.markDone(TODAY);
        assertEquals(Signal.GREEN, late.signal(TODAY));
        assertEquals("ledger.alreadyDone", assertThrows(BusinessException.class, () -> late.markDone(TODAY)).key());
        late.reopen();
        assertEquals(Signal.RED, late.signal(TODAY));
    }

    @Test
    void refusesAnEntryWithoutOwnerOrDeadlineAndKeepsTheOldValues() {
        LedgerEntry entry = due(TODAY);
        assertEquals("project.field.required", assertThrows(BusinessException.class,
                () -> entry.describe(LedgerKind.TASK, null, "改名", " ", TODAY, null)).key());
        assertEquals("ledger.deadline.required", assertThrows(BusinessException.class,
                () -> entry.describe(LedgerKind.TASK, null, "改名", "李", null, null)).key());
        assertEquals("建成议事厅", entry.getTitle());
        assertEquals("第一阶段", entry.getStage());
    }
}
