package org.gongjian.web.host;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.project.boundary.Nominations;
import org.gongjian.project.control.NominationRow;
import org.gongjian.web.i18n.Language;

/** The host reads every tenant's nominated projects; nothing here changes them. */
@Named
@RequestScoped
public class HostNominationsBacking {

    @Inject
    Nominations nominations;

    @Inject
    Language language;

    private List<NominationRow> rows;

    public List<NominationRow> getRows() {
        if (rows == null) {
            rows = nominations.acrossTenants();
        }
        return rows;
    }

    public String tenantName(NominationRow row) {
        return language.isEnglish() && row.tenantNameEn() != null && !row.tenantNameEn().isBlank() ? row.tenantNameEn() : row.tenantNameZh();
    }

    /** The category as the project's year named it, or its key when that year's configuration does not know it. */
    public String categoryName(NominationRow row) {
        if (row.categoryZh() == null) {
            return row.categoryKey();
        }
        return language.isEnglish() && row.categoryEn() != null && !row.categoryEn().isBlank() ? row.categoryEn() : row.categoryZh();
    }
}
