package org.gongjian.web.tenant.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongjian.tenantconfig.EvaluationScheme;
import org.gongjian.tenantconfig.GradeBand;
import org.gongjian.web.i18n.Language;

/** A grade's name in the reader's language, from the scheme frozen in the evaluation: {@code #{gradeNames.of(scheme, key)}}. */
@Named
@RequestScoped
public class GradeNames {

    @Inject
    Language language;

    /** The band's name, or null when there is no grade (yet). */
    public String of(EvaluationScheme scheme, String key) {
        if (key == null) {
            return null;
        }
        return scheme.grades().stream().filter(band -> band.key().equals(key)).findFirst()
                .map(GradeBand::name).map(name -> name.in(language.getLocale())).orElse(key);
    }
}
