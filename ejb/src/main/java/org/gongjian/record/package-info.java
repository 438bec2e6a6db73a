/**
 * The unit's yearly record (述职评议): for one unit and year, the sheet its secretary brings to the
 * annual report: its projects with category, status, grade, total and channel scores, prizes, funds
 * granted and spent, and their sums. Owns nothing: it reads, in a transaction bound to the caller's
 * tenant and under that tenant's row policies, the projects and their funds through the project
 * component's boundaries, the frozen evaluation results through {@code EvaluatedProjects} and the
 * published prizes through the award component's {@code Prizes}. A tenant admin reads the record of
 * any unit of the tenant, a unit member only its own unit's.
 */
package org.gongjian.record;
