package org.gongjian.web.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gongjian.print.Booklet;
import org.gongjian.print.BookletStory;
import org.gongjian.print.BookletWriter;
import org.gongjian.print.FigureRow;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.PhotoKind;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * A published year's booklet in the reader's language: what the public pages show of the year,
 * as {@link BookletWriter} prints it (cover, the figures, a page per featured project).
 */
@RequestScoped
public class BookletPdf {

    @Inject
    Language language;

    @Inject
    ShowcaseText text;

    /** The booklet as a PDF; refuses (BusinessException) a text with a character no bundled font has. */
    public byte[] of(org.gongjian.showcase.boundary.Booklet published) {
        Locale locale = language.getLocale();
        String publisher = published.publisherZh() == null ? words("showcase.public.city")
                : text.name(published.publisherZh(), published.publisherEn());
        String subtitle = publisher + " · " + words("showcase.public.year", String.valueOf(published.year()));
        List<BookletStory> stories = published.stories().stream().map(this::story).toList();
        return new BookletWriter(locale).write(new Booklet(published.title(), subtitle, published.asOf(), figures(published.figures()), stories));
    }

    private List<FigureRow> figures(Edition.YearFigures figures) {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(new FigureRow(null, words("showcase.figure.count"), BigDecimal.valueOf(figures.projects()), false));
        rows.add(new FigureRow(null, words("showcase.figure.people"), figures.peopleReached(), false));
        String goals = words("showcase.story.goals");
        rows.add(new FigureRow(goals, words("showcase.booklet.goals"), BigDecimal.valueOf(figures.goals()), false));
        rows.add(new FigureRow(goals, words("showcase.booklet.goalsAchieved"), BigDecimal.valueOf(figures.goalsAchieved()), false));
        String funds = words("showcase.booklet.funds");
        rows.add(new FigureRow(funds, words("showcase.figure.granted"), figures.fundsGranted(), true));
        rows.add(new FigureRow(funds, words("showcase.figure.spent"), figures.fundsSpent(), true));
        String byCategory = words("showcase.figure.byCategory");
        figures.byCategory().forEach(r -> rows.add(new FigureRow(byCategory, text.name(r.zh(), r.en()), BigDecimal.valueOf(r.count()), false)));
        String byStatus = words("showcase.figure.byStatus");
        figures.byStatus().forEach(r -> rows.add(new FigureRow(byStatus, words("enum.ProjectStatus." + r.key()), BigDecimal.valueOf(r.count()), false)));
        return rows;
    }

    private BookletStory story(org.gongjian.showcase.boundary.Booklet.Page page) {
        Edition.Story story = page.story();
        String owner = words("showcase.story.owner." + story.ownerKind()) + "：" + story.ownerName() + " · "
                + text.name(story.tenantNameZh(), story.tenantNameEn());
        String grade = story.gradeZh() == null ? words("showcase.story.noGrade") : text.name(story.gradeZh(), story.gradeEn());
        List<String> prizes = story.prizes().stream().map(p -> p.batchTitle() + " · " + words("enum.AwardTier." + p.tier())).toList();
        List<BookletStory.GoalRow> goals = story.goals().stream()
                .map(g -> new BookletStory.GoalRow(g.description(), g.target(), g.reached(), g.unit())).toList();
        // the booklet prints a story's first photo: the project's result, where there is one
        List<BookletStory.Photo> photos = page.photos().stream().sorted(Comparator.comparing(p -> p.kind() != PhotoKind.AFTER))
                .map(p -> new BookletStory.Photo(p.bytes(), words("enum.PhotoKind." + p.kind().name()))).toList();
        return new BookletStory(story.title(), List.of(owner), grade, prizes, goals, story.body(), photos);
    }

    private String words(String key, Object... arguments) {
        return Messages.text(language.getLocale(), key, arguments);
    }
}
