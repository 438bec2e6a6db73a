package org.gongjian.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gongjian.platform.BusinessException;
import org.gongjian.print.BookletStory.GoalRow;
import org.gongjian.print.BookletStory.Photo;
import org.junit.jupiter.api.Test;

class BookletWriterTest {

    final BookletWriter writer = new BookletWriter(Locale.SIMPLIFIED_CHINESE);

    static BookletStory story(String title, byte[] photo) {
        return new BookletStory(title, List.of("幸福里社区党支部", "东湖物业公司"), "优秀", List.of("项目成果一等奖"),
                List.of(new GoalRow("解决社区难题", new BigDecimal("20"), new BigDecimal("48"), "个"),
                        new GoalRow("服务群众", new BigDecimal("3000"), null, "人次")),
                "议事会开了十二次，楼道里的杂物清走了，电梯装上了。" + DeclarationFormWriterTest.CONTENT,
                List.of(new Photo(photo, "改造后的楼道"), new Photo(PrintedPdf.picture("png"), "第二张")));
    }

    static Booklet booklet(List<BookletStory> stories) {
        return new Booklet("东湖街道2026年度党建项目展评", "一居一品 共建共享", LocalDate.of(2026, 7, 1),
                List.of(new FigureRow("按类别", "创新探索型", new BigDecimal("7"), false),
                        new FigureRow("按类别", "典型示范型", new BigDecimal("22"), false),
                        new FigureRow("按类别", "制度推广型", new BigDecimal("10"), false),
                        new FigureRow("成效", "覆盖人数（人次）", new BigDecimal("33162"), false),
                        new FigureRow("经费", "已拨付", new BigDecimal("120000.5"), true)),
                stories);
    }

    @Test
    void bookletHasCoverFiguresAndAPagePerStoryWithItsFirstPhoto() {
        PrintedPdf pdf = PrintedPdf.read(writer.write(booklet(List.of(story("楼道微治理", PrintedPdf.picture("jpg")),
                story("老旧小区加装电梯", PrintedPdf.picture("png"))))));

        assertEquals(4, pdf.pages().size(), "cover, figures, one page per story");
        String cover = PrintedPdf.squeezed(pdf.pages().get(0));
        assertTrue(cover.contains("东湖街道2026年度党建项目展评") && cover.contains("数据截至2026年7月1日"), cover);
        String figures = PrintedPdf.squeezed(pdf.pages().get(1));
        assertTrue(figures.contains("创新探索型7") && figures.contains("典型示范型22") && figures.contains("33,162")
                && figures.contains("¥120,000.50"), figures);
        String story = PrintedPdf.squeezed(pdf.pages().get(2));
        assertTrue(story.contains("楼道微治理") && story.contains("幸福里社区党支部、东湖物业公司") && story.contains("优秀")
                && story.contains("项目成果一等奖") && story.contains("解决社区难题204") && story.contains("改造后的楼道"), story);
        assertTrue(story.contains("服务群众3,000—人次"), "a goal without a result shows a dash");
        assertTrue(story.contains(PrintedPdf.squeezed(DeclarationFormWriterTest.CONTENT)));
        assertTrue(PrintedPdf.squeezed(pdf.pages().get(3)).contains("老旧小区加装电梯"));
        assertEquals(2, pdf.images(), "the first photo of each story");
        assertTrue(story.contains("第2页，共3页"), "pages after the cover are numbered");
        pdf.fonts().forEach(font -> assertTrue(font.isEmbedded(), font.getName()));
    }

    @Test
    void photoThatIsNeitherJpegNorPngIsRefused() {
        byte[] gif = "GIF89a-not-a-photo".getBytes();

        BusinessException refused = assertThrows(BusinessException.class, () -> writer.write(booklet(List.of(story("楼道微治理", gif)))));

        assertEquals("pdf.image.unsupported", refused.key());
    }

    @Test
    void brokenPhotoIsRefused() {
        byte[] broken = PrintedPdf.picture("png");
        java.util.Arrays.fill(broken, 16, broken.length, (byte) 7);

        BusinessException refused = assertThrows(BusinessException.class, () -> writer.write(booklet(List.of(story("楼道微治理", broken)))));

        assertEquals("pdf.image.unreadable", refused.key());
    }

    @Test
    void storyWithUnprintableCharacterIsRefused() {
        BookletStory story = story("楼道微治理", PrintedPdf.picture("png"));
        BookletStory odd = new BookletStory(story.title(), story.names(), story.grade(), story.prizes(), story.goals(),
                "第一步⒈调研", story.photos());

        BusinessException refused = assertThrows(BusinessException.class, () -> writer.write(booklet(List.of(odd))));

        assertEquals(List.of("⒈", "U+2488", "第一步⒈调研"), List.of(refused.arguments()));
    }
}
