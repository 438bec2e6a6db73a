package org.gongjian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void refusesNulAndOtherControlCharacters() {
        for (String hostile : new String[] {"a\u0000b", "a\u0007", "\u001b[31m", "a\u007f", "a\u0085"}) {
            assertFalse(Text.SINGLE_LINE.admits(hostile), hostile);
            assertFalse(Text.MULTI_LINE.admits(hostile), hostile);
        }
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineText() {
        assertTrue(Text.MULTI_LINE.admits("第一行\r\n第二行\t缩进"));
        assertFalse(Text.SINGLE_LINE.admits("第一行\n第二行"));
        assertFalse(Text.SINGLE_LINE.admits("a\tb"));
        assertTrue(Text.SINGLE_LINE.admits("新桥镇 · 党建 (2026) ✓"));
        assertTrue(Text.SINGLE_LINE.admits(null));
    }

    @Test
    void overlongTextIsRefusedNamingTheFieldNeverCut() {
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> Text.SINGLE_LINE.stripped("长".repeat(11), Thread.State.NEW, 10));
        assertEquals("text.tooLong", refusal.key());
        assertEquals(List.of(Thread.State.NEW, 10), List.of(refusal.arguments()));
        assertEquals("长".repeat(10), Text.SINGLE_LINE.stripped(" " + "长".repeat(10) + "\u3000", Thread.State.NEW, 10));
        assertEquals("😀".repeat(10), Text.SINGLE_LINE.stripped("😀".repeat(10), Thread.State.NEW, 10),
                "counted by character as the database does, not by UTF-16 unit");
        assertNull(Text.SINGLE_LINE.stripped(" ", Thread.State.NEW, 10));
    }

    @Test
    void refusalNamesTheFieldOrTheTextInGeneral() {
        assertEquals("text.control.any", assertThrows(BusinessException.class, () -> Text.SINGLE_LINE.checked("\u0000", null)).key());
        assertEquals("a\nb", Text.MULTI_LINE.checked("a\nb", null));
    }
}
