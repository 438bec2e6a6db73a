package org.gongjian.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void aFileNameWithControlCharactersIsRefusedNotCleaned() {
        assertEquals("text.control.any", assertThrows(BusinessException.class, () -> Attachment.shownName("报告\u0000.pdf")).key());
        assertEquals("text.control.any", assertThrows(BusinessException.class, () -> Attachment.shownName("报告\n.pdf")).key());
        assertEquals("报告.pdf", Attachment.shownName("C:\\Users\\王\\报告.pdf"));
    }
}
