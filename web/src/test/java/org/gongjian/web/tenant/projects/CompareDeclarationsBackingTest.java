package org.gongjian.web.tenant.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.gongjian.web.i18n.Language;
import org.junit.jupiter.api.Test;

class CompareDeclarationsBackingTest {

    @Test
    void partsAreLabelledWithTheirRowInTheReadersLanguage() {
        assertEquals("项目名称", CompareDeclarationsBacking.label(Language.CHINESE, "title"));
        assertEquals("预期目标 g2", CompareDeclarationsBacking.label(Language.CHINESE, "goal g2"));
        assertEquals("实施步骤 3", CompareDeclarationsBacking.label(Language.CHINESE, "step 3"));
        assertEquals("Budget line 1", CompareDeclarationsBacking.label(Locale.ENGLISH, "budget 1"));
    }
}
