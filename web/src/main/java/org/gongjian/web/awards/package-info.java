/**
 * The award pages: the organiser's batches (a tenant's under {@code /t/{code}/awards/}, the host's
 * city batch under {@code /host/awards/}, one set of views in {@code WEB-INF/awards/} told apart by
 * {@link org.gongjian.web.awards.AwardPages}), applying and nominating, the prizes block of the
 * project page, and the public lists at {@code /awards/{tenantCode}/{year}} and
 * {@code /awards/city/{year}}, which {@link org.gongjian.web.awards.AwardListServlet} reads through
 * the award component's {@code PublicAwards} and renders from {@code /public/awards/}: like the
 * claim board, they give visitors no session and run no inline script.
 */
package org.gongjian.web.awards;
