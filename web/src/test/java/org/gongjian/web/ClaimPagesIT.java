package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * The signed-in pages of the claim board: the admins' board, item and join-request pages and the
 * organisations' claim pages. A claim sent twice from one page is one claim; refusals are shown on
 * the page and change nothing; admins' pages are refused to organisations, and another tenant's
 * items are found nowhere.
 */
class ClaimPagesIT extends DeployedPortal {

    private static final Pattern ITEM_ID = Pattern.compile("[?&]item=(\\d+)");

    @Test
    void aClaimSentTwiceFromTheSamePageIsOneClaim() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        long item = publishedItem(tenant, 2);
        Browser claimant = visitors.newClaimant(tenant, "新桥爱心志愿者协会").browser();

        Page form = claimant.get(page(tenant, "claims/new?item=" + item));
        assertEquals(200, form.status());
        Map<String, String> claim = Map.of("plan", "设立助餐点，每天送餐。", "reasons", "熟悉独居老人。", "partyResources", "党员 12 名",
                "administrativeResources", "", "enterpriseResources", "");
        Page first = claimant.submit(form, "claim-form", "submit", claim);
        Page second = claimant.submit(form, "claim-form", "submit", claim);
        for (Page sent : new Page[] {first, second}) {
            assertEquals(200, sent.status());
            assertEquals("待确认", sent.textOf("claim-status"), sent.html());
        }

        Page mine = claimant.get(page(tenant, "claims/index"));
        assertEquals(1, count(mine.html(), ">撤回认领</span>"), "one claim, pending, in the organisation's list: " + mine.html());
        Page claims = tenant.admin().get(page(tenant, "boards/item?item=" + item));
        assertEquals(1, count(claims.html(), "设立助餐点，每天送餐。"), "the admins see one claim");
        assertTrue(claims.textOf("item-places").startsWith("0 / 2"), claims.html());

        Page withdrawn = claimant.submitAsShown(mine, "mine", "claims:0:withdraw", Map.of());
        assertTrue(withdrawn.shows("已撤回对“老年助餐点”的认领。"), withdrawn.html());
        Page again = claimant.get(page(tenant, "claims/new?item=" + item));
        assertTrue(again.textOf("earlier-claim").contains("已撤回"), again.html());
        assertTrue(again.shows("<form id=\"claim-form\""), "the organisation may claim the item again");
    }

    @Test
    void refusalsAreShownOnThePageAndChangeNothing() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        long item = publishedItem(tenant, 1);
        Visitors.Member claimant = visitors.newClaimant(tenant, "新桥物流有限公司");

        Page form = claimant.browser().get(page(tenant, "claims/new?item=" + item));
        Page planless = claimant.browser().submit(form, "claim-form", "submit", Map.of("plan", "", "reasons", "就在附近。",
                "partyResources", "", "administrativeResources", "", "enterpriseResources", ""));
        assertTrue(planless.shows("请填写“项目方案”。"), planless.html());
        assertTrue(planless.shows("就在附近。"), "what the organisation typed stays in the form");
        assertTrue(claimant.browser().get(page(tenant, "claims/index")).shows("还没有认领"), "no claim was made");

        claimant.browser().submit(form, "claim-form", "submit", Map.of("plan", "每天送餐。", "reasons", "就在附近。",
                "partyResources", "", "administrativeResources", "", "enterpriseResources", ""));
        Page itemPage = tenant.admin().get(page(tenant, "boards/item?item=" + item));
        Page refusedBlank = tenant.admin().submitAsShown(itemPage, "claims", "list:0:refuse", Map.of());
        assertTrue(refusedBlank.shows("请填写“理由”。"), refusedBlank.html());
        Page confirmed = tenant.admin().submitAsShown(itemPage, "claims", "list:0:confirm", Map.of());
        assertTrue(confirmed.shows("已确认“新桥物流有限公司”的认领"), confirmed.html());
        assertTrue(confirmed.textOf("item-places").startsWith("1 / 1"), confirmed.html());

        Page tooFew = tenant.admin().submitAsShown(confirmed, "places", "change", Map.of("places:capacity", "0"));
        assertTrue(tooFew.shows("认领名额须为 1 至 1,000 之间的整数。"), tooFew.html());
        Page sameAgain = tenant.admin().get(page(tenant, "boards/item?item=" + item));
        assertTrue(sameAgain.textOf("item-places").startsWith("1 / 1"), "the places stay as they were");

        Page withdrawnBlank = tenant.admin().submitAsShown(sameAgain, "moves", "withdraw", Map.of());
        assertTrue(withdrawnBlank.shows("请填写“理由”。"), withdrawnBlank.html());
        assertEquals("已发布", tenant.admin().get(page(tenant, "boards/item?item=" + item)).textOf("item-status"));
    }

    @Test
    void sectorsAreAddedRenamedReorderedAndRemovedOnlyWhileEmpty() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        long item = publishedItem(tenant, 1);
        Browser admin = tenant.admin();
        Page board = admin.get(page(tenant, "boards/item?item=" + item));
        Matcher link = Pattern.compile("boards/board\\?board=(\\d+)").matcher(board.html());
        assertTrue(link.find(), board.html());
        String boardPage = page(tenant, "boards/board?board=" + link.group(1));

        Page added = admin.submit(admin.get(boardPage), "sector", "add", Map.of("name", "交通出行"));
        assertTrue(added.shows("已添加板块“交通出行”。"), added.html());
        Page taken = admin.submit(added, "sector", "add", Map.of("name", "交通出行"));
        assertTrue(taken.shows("已有名为“交通出行”的板块。"), taken.html());
        Page moved = admin.submitAsShown(admin.get(boardPage), "sectors", "list:1:up", Map.of());
        assertTrue(moved.shows("已调整板块“交通出行”的顺序。"), moved.html());
        assertEquals(List.of("交通出行", "民生服务"), sectorNames(moved));
        Page renamed = admin.submitAsShown(moved, "sectors", "list:0:rename", Map.of("sectors:list:0:name", "平安出行"));
        assertEquals(List.of("平安出行", "民生服务"), sectorNames(renamed));
        Page holdsItem = admin.submitAsShown(renamed, "sectors", "list:1:remove", Map.of());
        assertTrue(holdsItem.shows("板块下还有标的，不能删除。"), holdsItem.html());
        Page removed = admin.submitAsShown(admin.get(boardPage), "sectors", "list:0:remove", Map.of());
        assertTrue(removed.shows("已删除板块“平安出行”。"), removed.html());
        assertEquals(List.of("民生服务"), sectorNames(removed));
    }

    private static List<String> sectorNames(Page board) {
        Matcher names = Pattern.compile("name=\"sectors:list:\\d+:name\"[^>]*value=\"([^\"]*)\"").matcher(board.html());
        List<String> found = new ArrayList<>();
        while (names.find()) {
            found.add(names.group(1));
        }
        return found;
    }

    @Test
    void boardPagesAreTheAdminsAndAnotherTenantsItemsAreFoundNowhere() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        long item = publishedItem(tenant, 1);
        TestTenant other = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser claimant = visitors.newClaimant(tenant, "新桥物流有限公司").browser();
        Browser evaluator = visitors.newMember(tenant, "EVALUATOR", "评审组").browser();
        Browser stranger = visitors.newClaimant(other, "外区企业").browser();

        assertEquals(403, claimant.get(page(tenant, "boards/index")).status());
        assertEquals(403, claimant.get(page(tenant, "boards/item?item=" + item)).status());
        assertEquals(403, claimant.get(page(tenant, "boards/join-requests")).status());
        assertEquals(403, evaluator.get(page(tenant, "claims/new?item=" + item)).status());
        assertEquals(200, claimant.get(page(tenant, "claims/new?item=" + item)).status());

        assertEquals(404, stranger.get(page(tenant, "claims/new?item=" + item)).status(), "another tenant's pages");
        assertEquals(404, stranger.get(page(other, "claims/new?item=" + item)).status(), "another tenant's item by its id");
        assertEquals(404, other.admin().get(page(other, "boards/item?item=" + item)).status());
        assertEquals(404, other.admin().get(page(tenant, "boards/item?item=" + item)).status());
        assertFalse(other.admin().get(page(other, "boards/index")).shows("老年助餐点"));
    }

    @Test
    void theItemHasPicturesAndTheClaimItsFiles() throws IOException {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        long item = publishedItem(tenant, 1);
        Browser admin = tenant.admin();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        Page notAPicture = admin.upload(admin.get(page(tenant, "boards/item?item=" + item)), "photo", "upload", "file", "现场.pdf", pdf);
        assertTrue(notAPicture.shows("标的照片只能是 PNG 或 JPEG 图片。"), notAPicture.html());
        Page pictured = admin.upload(admin.get(page(tenant, "boards/item?item=" + item)), "photo", "upload", "file", "现场.png", picture());
        assertTrue(pictured.shows("已上传照片。") && pictured.shows("现场.png"), pictured.html());
        assertFalse(pictured.shows("现场.pdf"), "the refused file was not kept");

        Browser claimant = visitors.newClaimant(tenant, "新桥物流有限公司").browser();
        Page claimed = claimant.submit(claimant.get(page(tenant, "claims/new?item=" + item)), "claim-form", "submit",
                Map.of("plan", "每天送餐。", "reasons", "就在附近。", "partyResources", "", "administrativeResources", "",
                        "enterpriseResources", ""));
        Page attached = claimant.upload(claimed, "attach", "upload", "file", "方案.pdf", pdf);
        assertTrue(attached.shows("已上传附件“方案.pdf”。"), attached.html());
        assertTrue(admin.get(page(tenant, "boards/item?item=" + item)).shows("方案.pdf"), "the admins see the claim's file");
    }

    private static byte[] picture() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out));
        return out.toByteArray();
    }

    /** A board of this year with one sector and one published item open from today, made by the admin through the pages. */
    private static long publishedItem(TestTenant tenant, int places) {
        LocalDate today = Visitors.today(tenant);
        Browser admin = tenant.admin();
        Page boards = admin.get(page(tenant, "boards/index"));
        Page board = admin.submit(boards, "board", "create", Map.of("year_input", Integer.toString(today.getYear()),
                "title", "为民服务项目认领", "mode_input", "CONFIRM", "category_input", "innovation"));
        assertTrue(board.shows("已新建认领栏目“为民服务项目认领”"), board.html());
        Page sector = admin.submit(board, "sector", "add", Map.of("name", "民生服务"));
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>民生服务<").matcher(sector.html());
        assertTrue(option.find(), sector.html());
        Page draft = admin.submit(sector, "item", "create", Map.ofEntries(Map.entry("sector_input", option.group(1)),
                Map.entry("title", "老年助餐点"), Map.entry("need", "老人吃饭难。"), Map.entry("expectedResults", ""),
                Map.entry("offer", ""), Map.entry("offeredFunds", "20000"), Map.entry("contact", ""),
                Map.entry("capacity", Integer.toString(places)), Map.entry("opensAt_input", today + " 00:00"),
                Map.entry("closesAt_input", today.plusDays(30) + " 18:00")));
        assertTrue(draft.shows("已保存标的“老年助餐点”（草稿）"), draft.html());
        Page published = admin.submit(draft, "moves", "publish", Map.of());
        assertEquals("已发布", published.textOf("item-status"), published.html());
        Matcher id = ITEM_ID.matcher(published.uri().toString());
        assertTrue(id.find(), published.uri().toString());
        return Long.parseLong(id.group(1));
    }

    private static String page(TestTenant tenant, String path) {
        return "t/" + tenant.code() + "/" + path;
    }

    private static int count(String html, String text) {
        return html.split(Pattern.quote(text), -1).length - 1;
    }
}
