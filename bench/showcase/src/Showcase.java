import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import javax.imageio.ImageIO;

/**
 * The portal's side of the showcase benchmark, as the tenant's admin would do it through the JSON
 * API (the tenant itself is made by the evaluation benchmark's {@code Grade tenant}):
 * <ul>
 * <li>{@code board} base URL, tenant code, year, category key, items: a board of the year with six
 * sectors and its items published, the claim board the showcase is measured against;</li>
 * <li>{@code publish} base URL, tenant code, year, project ids (comma-separated): features those
 * accepted projects in order, writes each story with an after photo and publishes the year.</li>
 * </ul>
 */
public final class Showcase {

    private static final String[] SECTORS = {"社区治理", "为民服务", "文明实践", "产业发展", "生态环境", "平安建设"};

    public static void main(String[] args) {
        Session.exitAfter(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        Session admin = new Session(base);
        if (admin.signIn(args[2] + "-admin", Grade.CHOSEN).uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("the tenant's admin could not sign in");
        }
        String api = "api/v1/t/" + args[2] + "/";
        switch (args[0]) {
            case "board" -> board(admin, api, args[3], args[4], Integer.parseInt(args[5]));
            case "publish" -> publish(admin, base, api, args[3], args[4]);
            default -> throw new IllegalArgumentException("board or publish, not " + args[0]);
        }
    }

    private static void board(Session admin, String api, String year, String category, int items) {
        long board = Session.number(admin.json("POST", api + "boards", "{\"year\":" + year + ",\"title\":"
                + Session.quote(year + "年项目公开认领") + ",\"mode\":\"CONFIRM\",\"categoryKey\":" + Session.quote(category) + "}", 201), "id");
        long[] sectors = new long[SECTORS.length];
        for (int s = 0; s < SECTORS.length; s++) {
            sectors[s] = Session.number(admin.json("POST", api + "boards/" + board + "/sectors",
                    "{\"name\":" + Session.quote(SECTORS[s]) + ",\"position\":" + (s + 1) + "}", 201), "id");
        }
        String opens = LocalDate.now().minusDays(1) + "T00:00";
        String closes = LocalDate.now().plusDays(60) + "T00:00";
        for (int i = 0; i < items; i++) {
            String body = "{\"sectorId\":" + sectors[i % sectors.length] + ",\"title\":" + Session.quote("标的" + (i + 1) + "：" + SECTORS[i % SECTORS.length] + "项目")
                    + ",\"need\":\"居民反映的需求：上下班高峰时段道路拥堵，老人出行不便。\""
                    + ",\"expectedResults\":\"半年内解决，居民满意度达到90%以上。\""
                    + ",\"offer\":\"提供场地与指导\",\"offeredFunds\":20000,\"contact\":\"镇党建办 0791-00000000\""
                    + ",\"capacity\":" + (1 + i % 3) + ",\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + closes + "\"}";
            long item = Session.number(admin.json("POST", api + "boards/" + board + "/items", body, 201), "id");
            admin.json("POST", api + "items/" + item + "/publish", null, 200);
        }
        System.out.println("board=" + board);
    }

    /** Features the given accepted projects in order, each with its story and an after photo, and publishes the year. */
    private static void publish(Session admin, URI base, String api, String year, String projects) throws Exception {
        byte[] photo = photo();
        int featured = 0;
        for (String project : projects.split(",")) {
            long story = Session.number(admin.json("POST", api + "showcase/" + year + "/stories", "{\"projectId\":" + project + "}", 201), "id");
            featured++;
            admin.json("PUT", api + "showcase/stories/" + story, "{\"title\":" + Session.quote("楼道微治理：第" + featured + "个一居一品")
                    + ",\"body\":" + Session.quote(STORY) + "}", 200);
            HttpRequest upload = HttpRequest.newBuilder(base.resolve(api + "showcase/stories/" + story + "/photos?kind=AFTER"))
                    .header("Cookie", admin.cookieHeader()).header("X-Requested-With", "bench")
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build();
            HttpResponse<String> uploaded = Session.CLIENT.send(upload, HttpResponse.BodyHandlers.ofString());
            if (uploaded.statusCode() != 201) {
                throw new IllegalStateException("the photo was refused: " + uploaded.statusCode() + " " + Session.abbreviate(uploaded.body()));
            }
        }
        admin.json("POST", api + "showcase/" + year + "/publish", "{\"title\":" + Session.quote(year + "年度党建项目展评") + "}", 200, 201);
        System.out.println("featured=" + featured);
    }

    private static final String STORY = "议事会每月开一次，居民、物业和驻区单位坐到一起，楼道里的杂物清走了，加装电梯的意见统一了。"
            + "一年来解决社区难题四十八件，服务群众三千余人次，形成了可复制、可推广的楼道微治理制度。";

    /** A 1280x960 JPEG photo, as a phone would send it. */
    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < 960; y += 40) {
            g.setColor(new Color(180 + y % 60, 120, 60 + y % 120));
            g.fillRect(0, y, 1280, 40);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
