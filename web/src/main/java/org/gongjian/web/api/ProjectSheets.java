package org.gongjian.web.api;

import static org.gongjian.web.api.SheetWriter.count;
import static org.gongjian.web.api.SheetWriter.date;
import static org.gongjian.web.api.SheetWriter.moment;
import static org.gongjian.web.api.SheetWriter.money;
import static org.gongjian.web.api.SheetWriter.points;
import static org.gongjian.web.api.SheetWriter.text;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gongjian.award.control.Prize;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.control.LedgerSheetRow;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.record.boundary.RecordLine;
import org.gongjian.record.boundary.RecordSums;
import org.gongjian.record.boundary.YearlyRecord;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Name;
import org.gongjian.web.api.SheetWriter.Column;
import org.gongjian.web.faces.Messages;

/**
 * The project list, its ledger and a unit's yearly record as Excel sheets, with headers and labels
 * in the reader's language; numbers stay numbers (amounts in yuan, scores with two decimals).
 */
final class ProjectSheets {

    private final Locale locale;

    ProjectSheets(Locale locale) {
        this.locale = locale;
    }

    void list(List<ProjectRow> projects, CategoryNames categories, OutputStream out) throws IOException {
        SheetWriter.write(label("export.list.sheet"), List.<Column<ProjectRow>>of(
                text(label("export.list.title"), ProjectRow::title),
                text(label("project.owner"), ProjectRow::ownerName),
                text(label("export.list.category"), row -> categories.name(row.year(), row.categoryKey(), locale)),
                count(label("export.list.year"), ProjectRow::year),
                text(label("export.list.status"), row -> label("enum.ProjectStatus." + row.status())),
                text(label("export.list.nominated"), row -> label(row.nominated() ? "export.yes" : "export.no")),
                moment(label("export.list.updated"), ProjectRow::updatedAt)), projects, out);
    }

    void ledger(List<LedgerSheetRow> lines, OutputStream out) throws IOException {
        SheetWriter.write(label("export.ledger.sheet"), List.<Column<LedgerSheetRow>>of(
                text(label("export.ledger.project"), LedgerSheetRow::projectTitle),
                text(label("project.owner"), LedgerSheetRow::projectOwner),
                text(label("export.ledger.stage"), LedgerSheetRow::stage),
                text(label("export.ledger.kind"), line -> label("enum.LedgerKind." + line.kind())),
                text(label("export.ledger.item"), LedgerSheetRow::item),
                text(label("export.ledger.owner"), LedgerSheetRow::owner),
                date(label("export.ledger.deadline"), LedgerSheetRow::deadline),
                text(label("export.ledger.measures"), LedgerSheetRow::measures),
                text(label("export.ledger.status"), line -> label("enum.LedgerStatus." + line.status())),
                text(label("export.ledger.signal"), line -> label("enum.Signal." + line.signal()))), lines, out);
    }

    /** A unit's yearly record: one row per project, then a row of sums (project count, mean total, funds). */
    void record(YearlyRecord record, OutputStream out) throws IOException {
        RecordSums sums = record.sums();
        List<Column<RecordLine>> columns = List.of(
                text(label("record.project"), RecordLine::title),
                text(label("record.category"), line -> line.category() == null ? line.categoryKey() : line.category().in(locale)),
                text(label("record.status"), line -> label("enum.ProjectStatus." + line.status())),
                text(label("record.grade"), line -> named(line.grade())),
                points(label("record.total"), RecordLine::total),
                points(label("enum.ChannelKind." + ChannelKind.SELF), RecordLine::selfScore),
                points(label("enum.ChannelKind." + ChannelKind.PUBLIC), RecordLine::publicScore),
                points(label("enum.ChannelKind." + ChannelKind.ORGANISATIONAL), RecordLine::organisationalScore),
                text(label("record.prizes"), line -> prizes(line.prizes())),
                money(label("record.awardFunds"), line -> line.prizes().isEmpty() ? null : line.awardFunds()),
                money(label("record.granted"), RecordLine::granted),
                money(label("record.spent"), RecordLine::spent));
        List<Object> footer = List.of(label("record.sums.projects", sums.projects()), "", "",
                label("record.sums.graded", sums.graded()), sums.meanTotal() == null ? "" : sums.meanTotal(), "", "", "",
                label("record.sums.prizes", sums.prizes()), sums.awardFunds(), sums.granted(), sums.spent());
        SheetWriter.write(label("record.sheet", record.year()), columns, record.projects(), List.of(footer), out);
    }

    /** 一等奖（市级）；三等奖 */
    String prizes(List<Prize> prizes) {
        return prizes.stream().map(prize -> label("enum.AwardTier." + prize.tier()) + (prize.host() ? label("record.prize.city") : ""))
                .collect(Collectors.joining(label("record.prize.separator")));
    }

    String named(Name name) {
        return name == null ? null : name.in(locale);
    }

    String label(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
