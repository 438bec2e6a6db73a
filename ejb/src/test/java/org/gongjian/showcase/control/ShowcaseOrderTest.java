package org.gongjian.showcase.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class ShowcaseOrderTest {

    @Test
    void anOrderNamesEveryStoryOnceAndNoOther() {
        assertEquals(List.of(3L, 1L, 2L), ShowcaseOrder.checked(List.of(1L, 2L, 3L), List.of(3L, 1L, 2L)));
        assertThrows(BusinessException.class, () -> ShowcaseOrder.checked(List.of(1L, 2L, 3L), List.of(3L, 1L)));
        assertThrows(BusinessException.class, () -> ShowcaseOrder.checked(List.of(1L, 2L, 3L), List.of(3L, 1L, 1L)));
        assertThrows(BusinessException.class, () -> ShowcaseOrder.checked(List.of(1L, 2L, 3L), List.of(3L, 1L, 4L)));
        assertThrows(BusinessException.class, () -> ShowcaseOrder.checked(List.of(1L), Arrays.asList((Long) null)));
        assertThrows(BusinessException.class, () -> ShowcaseOrder.checked(List.of(1L), null));
    }

    @Test
    void aStoryMovesOnePlaceAndNeverBeyondEitherEnd() {
        assertEquals(List.of(2L, 1L, 3L), ShowcaseOrder.moved(List.of(1L, 2L, 3L), 2L, -1));
        assertEquals(List.of(1L, 3L, 2L), ShowcaseOrder.moved(List.of(1L, 2L, 3L), 2L, 1));
        assertThrows(BusinessException.class, () -> ShowcaseOrder.moved(List.of(1L, 2L, 3L), 1L, -1));
        assertThrows(BusinessException.class, () -> ShowcaseOrder.moved(List.of(1L, 2L, 3L), 3L, 1));
        assertThrows(BusinessException.class, () -> ShowcaseOrder.moved(List.of(1L, 2L, 3L), 1L, 2));
        assertThrows(BusinessException.class, () -> ShowcaseOrder.moved(List.of(1L, 2L, 3L), 9L, 1));
    }
}
