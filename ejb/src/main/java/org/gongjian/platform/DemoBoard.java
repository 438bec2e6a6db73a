package org.gongjian.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongjian.audit.control.Audit;
import org.gongjian.claim.entity.BoardMode;
import org.gongjian.claim.entity.Claim;
import org.gongjian.claim.entity.ClaimBoard;
import org.gongjian.claim.entity.ClaimForm;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.claim.entity.ItemDetails;
import org.gongjian.claim.entity.Sector;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.project.control.ClaimedProjects;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Project;

/**
 * A demo claim board of one tenant, as the source documents describe it: six sectors of
 * residents' needs, three claimable items in each, 27 places in all, claiming open now; one claim
 * waiting for the committee's decision and one confirmed, whose project is open. Written in the bound tenant, each step
 * audited as "system".
 */
@Dependent
class DemoBoard {

    private static final List<DemoSector> SECTORS = List.of(
            new DemoSector("交通管理", List.of("背街小巷停车秩序整治", "学校周边交通护学岗", "非机动车充电棚建设")),
            new DemoSector("社区服务", List.of("老旧小区加装电梯协调", "社区食堂助餐服务", "便民维修服务日")),
            new DemoSector("社会福利", List.of("独居老人结对关爱", "困难家庭子女助学", "残疾人就业帮扶")),
            new DemoSector("环境整治", List.of("河道保洁认领", "垃圾分类桶站督导", "小区绿化补植")),
            new DemoSector("文化教育", List.of("社区四点半课堂", "红色故事宣讲", "市民文化讲堂")),
            new DemoSector("平安建设", List.of("楼组平安志愿巡逻", "反诈宣传进小区", "矛盾纠纷调解室")));

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    ClaimedProjects claimedProjects;

    private long tenantId;

    /** Writes the board of the year; returns the claims it made, the confirmed one first. */
    List<Claim> write(long tenantId, String title, String categoryKey, BoardMode mode, List<Claimant> claimants,
                      LocalDate today, ZoneId zone) {
        this.tenantId = tenantId;
        ClaimBoard board = new ClaimBoard(today.getYear(), title, mode, categoryKey);
        persist("board.create", "claim_board", board, board::getId, board.snapshot());
        List<ClaimableItem> items = new ArrayList<>();
        LocalDateTime opens = today.minusDays(10).atTime(9, 0);
        LocalDateTime closes = today.plusDays(30).atTime(17, 0);
        for (int s = 0; s < SECTORS.size(); s++) {
            DemoSector demo = SECTORS.get(s);
            Sector sector = new Sector(board.getId(), demo.name(), s + 1);
            persist("sector.add", "sector", sector, sector::getId, sector.snapshot());
            for (String need : demo.items()) {
                int places = items.size() % 2 == 0 ? 2 : 1;
                ItemDetails details = new ItemDetails(sector.getId(), need,
                        "居民群众反映强烈的“" + need + "”需求，需要驻区单位和社会力量共同承接。",
                        "形成长效机制，群众满意度明显提升。", "党工委提供活动场地、专项经费和业务指导。",
                        new BigDecimal("20000.00"), "镇党建办 021-57680000", places, opens, closes);
                ClaimableItem item = new ClaimableItem(board.getId(), details, zone);
                item.publish();
                persist("item.create", "claimable_item", item, item::getId, item.snapshot());
                items.add(item);
            }
        }
        List<Claim> claims = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        Claim confirmed = items.get(0).claim(claimants.get(0).getId(), null, new ClaimForm(
                "组织医护党员每周两次开展停车秩序劝导，联合物业划定临时停车位。", "中心紧邻该区域，党员志愿者充足。",
                "卫生服务中心党支部 12 名党员", null, null), mode, now, "system");
        persist("claim.make", "claim", confirmed, confirmed::getId, confirmed.snapshot());
        var before = confirmed.snapshot();
        if (mode == BoardMode.CONFIRM) {
            confirmed.confirm(items.get(0), "system");
            em.flush();
        }
        Project project = claimedProjects.open(confirmed.owner(), board.getYear(), categoryKey, items.get(0).getTitle(),
                new Declaration(items.get(0).getTitle(), categoryKey, confirmed.getReasons(), confirmed.getPlan(), null,
                        List.of(), List.of(), confirmed.resources(), List.of()), "system");
        confirmed.opened(project.getId());
        em.flush();
        audit.recordFor(tenantId, "claim.accept", "claim", confirmed.getId(), before, confirmed.snapshot());
        claims.add(confirmed);
        if (claimants.size() > 1) {
            Claim pending = items.get(4).claim(claimants.get(1).getId(), null, new ClaimForm(
                    "利用企业食堂资源，为社区高龄老人提供午间助餐和送餐服务。", "企业有中央厨房和配送车队，愿回馈社区。",
                    null, null, "中央厨房、配送车辆 3 台"), mode, now, "system");
            persist("claim.make", "claim", pending, pending::getId, pending.snapshot());
            claims.add(pending);
        }
        return claims;
    }

    private void persist(String action, String subject, Object entity, Supplier<Long> id, Map<String, ?> after) {
        em.persist(entity);
        em.flush();
        audit.recordFor(tenantId, action, subject, id.get(), null, after);
    }

    private record DemoSector(String name, List<String> items) {
    }
}
