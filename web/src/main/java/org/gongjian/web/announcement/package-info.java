/**
 * The public announcements of bidding competitions at {@code /competitions} and
 * {@code /competitions/{id}}: the announced competitions, and one competition's winners with their
 * plans' summaries and the receipts of every counted bid once the bids were opened.
 * {@link org.gongjian.web.announcement.AnnouncementServlet} reads them through the bidding
 * component's {@code PublicCompetitions} and renders the views under {@code /public/competitions/},
 * reached no other way. Like the claim board, these pages give visitors no session and run no
 * inline script.
 */
package org.gongjian.web.announcement;
