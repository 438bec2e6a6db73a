package org.gongjian.web.tenant.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.gongjian.account.boundary.Accounts;
import org.gongjian.account.boundary.Accounts.ImportReport;
import org.gongjian.account.boundary.Accounts.RefusedRow;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** The tenant admin uploads an account sheet and reads, row by row, what was made and what was refused. */
@Named
@RequestScoped
public class ImportAccountsBacking {

    static final long MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    Accounts accounts;

    @Inject
    Language language;

    private Part sheet;
    private ImportReport report;

    public void upload() throws IOException {
        if (sheet == null || sheet.getSize() == 0) {
            Messages.error("import.empty");
            return;
        }
        if (sheet.getSize() > MAX_BYTES) {
            Messages.error("import.tooLarge", MAX_BYTES / 1024 / 1024);
            return;
        }
        try (InputStream content = sheet.getInputStream()) {
            report = accounts.importSheet(sheet.getSubmittedFileName(), content.readNBytes((int) MAX_BYTES));
        }
        Messages.info("import.done", report.created().size(), report.refused().size());
    }

    /** A refused row's reason in the viewer's language. */
    public String reason(RefusedRow row) {
        return Messages.text(language.getLocale(), row.reasonKey(), row.arguments());
    }

    public ImportReport getReport() {
        return report;
    }

    public Part getSheet() {
        return sheet;
    }

    public void setSheet(Part sheet) {
        this.sheet = sheet;
    }
}
