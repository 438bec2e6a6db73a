/**
 * The anonymous claim board at {@code /board/…}: the city-wide board, each committee's board, an
 * item's page and photos, and the request to join. {@link org.gongjian.web.board.BoardServlet}
 * routes the addresses ({@link org.gongjian.web.board.BoardRoute}), reads what a page shows
 * through the claim component's {@code PublicBoards} (which sees only what is published) and
 * renders the page's view under {@code /public/board/}, reached no other way.
 *
 * <p>Anonymous pages run no inline script and carry no nonce, give nobody a session, and are kept
 * in {@link org.gongjian.web.board.BoardPageCache} until a change of the committee's board commits
 * or a window they show opens or closes; {@code resources/js/board.js} polls the places of an open
 * board without a reload. Each server keeps the pages in its own memory and their generations in
 * Payara's Data Grid ({@link org.gongjian.web.board.DataGrid}), so a change made through any server
 * of a cluster drops the pages of every server before it is answered.
 * A page read from the read replica is kept only until its data are
 * {@code GONGJIAN_REPLICA_MAX_LAG_SECONDS} old ({@link org.gongjian.web.board.KeptPages}).
 */
package org.gongjian.web.board;
