package org.gongjian.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.gongjian.project.entity.Declaration;

/**
 * The declaration form (项目申报表) on A4: filled in with a project's declaration as filed, or blank
 * with the year's categories to tick, for units that fill it in by hand. Both have the same
 * sections in the same order, so the printed and the online form read alike.
 */
public final class DeclarationFormWriter {

    private static final int BLANK_ROWS = 5;
    private static final float[] STEP_COLUMNS = {1, 7, 3};
    private static final float[] BUDGET_COLUMNS = {1, 7, 3};
    private static final float[] GOAL_COLUMNS = {1, 6, 2, 2};

    private final Wording words;

    public DeclarationFormWriter(Locale locale) {
        this.words = Wording.of(locale);
    }

    /** The project's declaration as filed; refuses it if a character cannot be printed. */
    public byte[] filed(FiledDeclaration filed) {
        Declaration d = filed.declaration();
        try (PdfLayout pdf = new PdfLayout(words, words.text("form.title", filed.year()))) {
            pdf.title(words.text("form.title", filed.year()));
            pdf.paragraph(filed.tenantName());
            String version = filed.version() == 0 ? words.text("form.draft")
                    : words.text("form.version", filed.version(), words.date(filed.submittedOn()));
            pdf.facts(List.of(
                    pair("form.unit", filed.unitName()),
                    pair("form.year", words.text("form.yearValue", filed.year())),
                    pair("form.projectTitle", d.title()),
                    pair("form.category", filed.categoryName()),
                    pair("form.status", filed.status()),
                    pair("form.version.label", version)));
            section(pdf, "form.importance", d.importance());
            section(pdf, "form.content", d.content());
            section(pdf, "form.method", d.method());
            pdf.heading(words.text("form.steps"));
            pdf.table(headers("form.number", "form.step", "form.due"), STEP_COLUMNS, new boolean[]{true, false, false},
                    numbered(d.steps().stream().map(s -> List.of(text(s.description()), words.date(s.due()))).toList()));
            pdf.heading(words.text("form.budget"));
            List<List<String>> budget = new ArrayList<>(numbered(d.budget().stream()
                    .map(line -> List.of(text(line.item()), words.yuan(line.amount()))).toList()));
            budget.add(List.of("", words.text("form.total"), words.yuan(d.budgetTotal())));
            pdf.table(headers("form.number", "form.budgetItem", "form.amount"), BUDGET_COLUMNS, new boolean[]{true, false, true}, budget);
            section(pdf, "form.measures", d.measures());
            pdf.heading(words.text("form.goals"));
            pdf.table(headers("form.number", "form.goal", "form.target", "form.goalUnit"), GOAL_COLUMNS,
                    new boolean[]{true, false, true, false},
                    numbered(d.goals().stream().map(g -> List.of(text(g.description()), words.number(g.target()), text(g.unit()))).toList()));
            return pdf.finish();
        }
    }

    /** The blank form with the year's categories to tick and room to write. */
    public byte[] blank(BlankForm form) {
        try (PdfLayout pdf = new PdfLayout(words, words.text("form.title", form.year()))) {
            pdf.title(words.text("form.title", form.year()));
            pdf.paragraph(form.tenantName());
            String ticks = String.join("　", form.categories().stream().map(name -> "☐ " + name).toList());
            pdf.facts(List.of(pair("form.unit", ""), pair("form.year", words.text("form.yearValue", form.year())),
                    pair("form.projectTitle", ""), pair("form.category", ticks)));
            blankSection(pdf, "form.importance", 110);
            blankSection(pdf, "form.content", 160);
            blankSection(pdf, "form.method", 110);
            pdf.heading(words.text("form.steps"));
            pdf.table(headers("form.number", "form.step", "form.due"), STEP_COLUMNS, new boolean[]{true, false, false}, blankRows(3));
            pdf.heading(words.text("form.budget"));
            List<List<String>> budget = blankRows(3);
            budget.add(List.of("", words.text("form.total"), ""));
            pdf.table(headers("form.number", "form.budgetItem", "form.amount"), BUDGET_COLUMNS, new boolean[]{true, false, true}, budget);
            blankSection(pdf, "form.measures", 110);
            pdf.heading(words.text("form.goals"));
            pdf.table(headers("form.number", "form.goal", "form.target", "form.goalUnit"), GOAL_COLUMNS,
                    new boolean[]{true, false, true, false}, blankRows(4));
            pdf.space(24);
            pdf.paragraph(words.text("form.signature"));
            return pdf.finish();
        }
    }

    private void section(PdfLayout pdf, String key, String text) {
        pdf.heading(words.text(key));
        pdf.paragraph(text(text));
    }

    private void blankSection(PdfLayout pdf, String key, float height) {
        pdf.heading(words.text(key));
        pdf.box(height);
    }

    private String[] pair(String key, String value) {
        return new String[]{words.text(key), text(value)};
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(words::text).toList();
    }

    private static List<List<String>> numbered(List<List<String>> rows) {
        List<List<String>> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(i + 1));
            row.addAll(rows.get(i));
            numbered.add(row);
        }
        return numbered;
    }

    private static List<List<String>> blankRows(int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < BLANK_ROWS; i++) {
            List<String> row = new ArrayList<>(Collections.nCopies(columns, ""));
            row.set(0, String.valueOf(i + 1));
            rows.add(row);
        }
        return rows;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
