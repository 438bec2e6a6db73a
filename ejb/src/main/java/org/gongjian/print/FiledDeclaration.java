package org.gongjian.print;

import java.time.LocalDate;
import org.gongjian.project.entity.Declaration;

/**
 * A project's declaration with what the printed form shows around it, names already resolved.
 *
 * @param version     the submitted version printed, 0 for a draft never submitted
 * @param submittedOn the day that version was submitted, null for a draft
 */
public record FiledDeclaration(String tenantName, String unitName, int year, String categoryName, String status,
                               int version, LocalDate submittedOn, Declaration declaration) {
}
