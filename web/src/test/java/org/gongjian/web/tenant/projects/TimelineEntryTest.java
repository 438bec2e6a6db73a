package org.gongjian.web.tenant.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TimelineEntryTest {

    @Test
    void aCommentShowsItsText() {
        assertEquals("建议补充调查", TimelineEntry.detail(null, "{\"comment\":\"建议补充调查\"}"));
    }

    @Test
    void aReasonShowsWhereItWasGivenAndNotOnLaterChangesThatKeepIt() {
        assertEquals("请细化预算", TimelineEntry.detail("{\"status\":\"SUBMITTED\"}", "{\"status\":\"RETURNED\",\"reason\":\"请细化预算\"}"));
        assertNull(TimelineEntry.detail("{\"status\":\"RETURNED\",\"reason\":\"请细化预算\"}",
                "{\"status\":\"RETURNED\",\"reason\":\"请细化预算\",\"title\":\"新名称\"}"));
    }

    @Test
    void statesWithoutDetailsOrNotJsonShowNothing() {
        assertNull(TimelineEntry.detail(null, "{\"status\":\"APPROVED\",\"reason\":null}"));
        assertNull(TimelineEntry.detail(null, null));
        assertNull(TimelineEntry.detail(null, "not json"));
    }
}
