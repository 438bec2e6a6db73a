package org.gongjian.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.gongjian.platform.BusinessException;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.BudgetLine;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.Declaration.Step;
import org.junit.jupiter.api.Test;

class DeclarationFormWriterTest {

    static final String CONTENT = "围绕“一居一品”建设，组织辖区内的党员志愿者、驻区单位和社会组织，"
            + "每月开展一次“楼道微治理”议事会，解决居民反映的停车难、加装电梯、垃圾分类等实际问题；"
            + "同时建立问题清单、责任清单和成效清单三张清单，做到件件有回音、事事有着落。"
            + "Volunteers from the Riverside Community Centre join every meeting, and the minutes are published online. "
            + "第二阶段将总结经验，形成可复制、可推广的工作制度，覆盖全街道12个居民区，服务群众约3,000人次。";

    final DeclarationFormWriter writer = new DeclarationFormWriter(Locale.SIMPLIFIED_CHINESE);

    static Declaration declaration(String title) {
        return new Declaration(title, "innovation", "解决老旧小区治理难题，提升居民满意度。", CONTENT.repeat(3),
                "“一听、二看、三查、四问”工作法。",
                List.of(new Step("调研走访，摸清需求", LocalDate.of(2026, 3, 15)), new Step("召开议事会", LocalDate.of(2026, 7, 1))),
                List.of(new BudgetLine("宣传资料印制", new BigDecimal("1234.50")), new BudgetLine("志愿服务物资", new BigDecimal("20000.00"))),
                "成立由支部书记任组长的项目领导小组。",
                List.of(new Goal("g1", "解决社区难题", new BigDecimal("20"), "个"), new Goal("g2", "服务群众", new BigDecimal("3000"), "人次")));
    }

    static FiledDeclaration filed(Declaration declaration) {
        return new FiledDeclaration("东湖街道党工委", "幸福里社区党支部", 2026, "创新探索型", "已立项", 2, LocalDate.of(2026, 3, 2), declaration);
    }

    @Test
    void filedFormPrintsTheDeclarationInChineseWithEmbeddedFonts() {
        PrintedPdf pdf = PrintedPdf.read(writer.filed(filed(declaration("楼道微治理（一居一品）项目"))));

        String text = pdf.text();
        assertTrue(text.contains("2026年度党建工作项目申报表"), text);
        for (String expected : List.of("幸福里社区党支部", "楼道微治理（一居一品）项目", "创新探索型", "已立项", "第2版，2026年3月2日提交",
                "一、项目的重要性及拟解决的问题", "解决老旧小区治理难题，提升居民满意度。", "“一听、二看、三查、四问”工作法。",
                "调研走访，摸清需求", "2026年7月1日", "宣传资料印制", "¥1,234.50", "¥20,000.00", "合计¥21,234.50",
                "解决社区难题", "3,000", "人次", "成立由支部书记任组长的项目领导小组。")) {
            assertTrue(text.contains(PrintedPdf.squeezed(expected)), "missing " + expected);
        }
        assertTrue(text.contains(PrintedPdf.squeezed(CONTENT.repeat(3))), "the long paragraph is printed whole, in order");
        assertTrue(pdf.pages().size() >= 2, "the long content runs over more than one page");
        assertTrue(pdf.text().contains("第1页，共" + pdf.pages().size() + "页"));
        assertFalse(pdf.fonts().isEmpty());
        for (PDFont font : pdf.fonts()) {
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
    }

    @Test
    void draftIsMarkedAsNotSubmitted() {
        FiledDeclaration draft = new FiledDeclaration("东湖街道党工委", "幸福里社区党支部", 2026, "创新探索型", "草稿", 0, null,
                declaration("楼道微治理"));

        assertTrue(PrintedPdf.read(writer.filed(draft)).text().contains("草稿（尚未提交）"));
    }

    @Test
    void blankFormListsTheYearsCategoriesToTick() {
        PrintedPdf pdf = PrintedPdf.read(writer.blank(new BlankForm("东湖街道党工委", 2027, List.of("创新探索型", "典型示范型", "制度推广型"))));

        String text = pdf.text();
        assertTrue(text.contains("2027年度党建工作项目申报表"));
        assertTrue(text.contains("☐创新探索型") && text.contains("☐典型示范型") && text.contains("☐制度推广型"), text);
        assertTrue(text.contains("七、预期目标") && text.contains("申报单位负责人（签字）"));
        pdf.fonts().forEach(font -> assertTrue(font.isEmbedded()));
    }

    @Test
    void englishReaderGetsEnglishLabels() {
        String text = PrintedPdf.read(new DeclarationFormWriter(Locale.ENGLISH).filed(filed(declaration("楼道微治理")))).text();

        assertTrue(text.contains("Declaringunit") && text.contains("Version2,submitted2March2026"), text);
        assertTrue(text.contains("楼道微治理"));
    }

    @Test
    void characterNoFontHasIsRefusedNamingIt() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> writer.filed(filed(declaration("楼道微治理𠀀项目"))));

        assertEquals("pdf.unprintable", refused.key());
        assertEquals(List.of("𠀀", "U+20000", "楼道微治理𠀀项目"), List.of(refused.arguments()));
    }

    @Test
    void parenthesisedNumberIsRefusedRatherThanDropped() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> writer.blank(new BlankForm("东湖街道党工委", 2027, List.of("⑴创新探索型"))));

        assertEquals("U+2474", refused.arguments()[1]);
    }
}
