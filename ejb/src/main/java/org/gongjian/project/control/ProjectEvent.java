package org.gongjian.project.control;

/**
 * A step of a project's life cycle that its unit or the tenant should hear about, fired by the
 * project boundaries inside their transaction. {@code action} is the audit action, e.g.
 * {@code project.return}; {@code toUnit} says whether the unit's members are told (else the tenant's admins).
 */
public record ProjectEvent(long tenantId, long projectId, long unitId, String title, String action, boolean toUnit) {
}
