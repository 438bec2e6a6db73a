/**
 * The organiser's pages of bidding competitions, one set of views and beans for both organisers:
 * the host at {@code /host/competitions/…} and a tenant's admins at {@code /t/{code}/competitions/…}
 * (the views live in {@code WEB-INF/competitions/}). The bidding component decides who organises
 * from the request (a tenant present or not); {@link org.gongjian.web.competitions.OrganiserPages}
 * only makes the links.
 */
package org.gongjian.web.competitions;
