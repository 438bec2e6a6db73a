/**
 * Public opinion (民意测评) at {@code /opinion/{tenantCode}} (the projects open for it) and
 * {@code /opinion/{tenantCode}/{projectId}} (the vote form, for phones first; a QR code on the
 * printed ballot sheet opens it with its code filled in). {@link org.gongjian.web.opinion.OpinionServlet}
 * reads what a page shows through the evaluation component's {@code PublicOpinion}, which binds
 * the tenant named in the address, and renders the views under {@code /public/opinion/}, reached
 * no other way.
 *
 * <p>Like the claim board, these pages give visitors no session (their views are stateless); the
 * vote form posts back to its own address carrying its page's script nonce, and a post from
 * another origin is refused, so no other site can spend a visitor's tries at codes.
 */
package org.gongjian.web.opinion;
