package org.gongjian.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.gongjian.claim.entity.BoardMode;
import org.gongjian.claimant.entity.ClaimantKind;
import org.gongjian.tenant.entity.TenantKind;
import org.gongjian.unit.entity.UnitKind;

/**
 * Fills an empty database with the demo organisations of the source documents when
 * {@link DemoDataChoice} allows it: the host, three tenants, their units, claimants and one
 * account per role, all signing in with {@code GONGJIAN_DEMO_PASSWORD}.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("xinqiao", "新桥镇党委", "Xinqiao Town Party Committee", TenantKind.STREET, "xq", "three-types",
                    new DemoBoardChoice("“家新桥”党建联建项目认领", BoardMode.CONFIRM),
                    List.of(new DemoUnit("新桥社区党总支", UnitKind.GENERAL_BRANCH, "陈建华"),
                            new DemoUnit("新育居民区党支部", UnitKind.COMMUNITY, "王秀英"),
                            new DemoUnit("新桥村党支部", UnitKind.BRANCH, "张国平"),
                            new DemoUnit("镇机关第一党支部", UnitKind.BRANCH, "李敏")),
                    List.of(new DemoClaimant("新桥镇社区卫生服务中心", ClaimantKind.RESIDENT_UNIT, "赵丽", "021-57681234"),
                            new DemoClaimant("上海新桥物流有限公司", ClaimantKind.ENTERPRISE, "孙伟", "021-57685678"),
                            new DemoClaimant("新桥镇志愿者协会", ClaimantKind.SOCIAL_ORGANISATION, "周静", "13800138000"))),
            new DemoTenant("jxjc", "江西省建材集团党委", "Jiangxi Building Materials Group Party Committee",
                    TenantKind.ENTERPRISE, "jc", "party-building-plus",
                    new DemoBoardChoice("建材集团党建共建项目认领", BoardMode.FIRST_COME),
                    List.of(new DemoUnit("集团机关党支部", UnitKind.BRANCH, "刘志强"),
                            new DemoUnit("水泥公司党总支", UnitKind.GENERAL_BRANCH, "黄海涛"),
                            new DemoUnit("建筑设计院党支部", UnitKind.BRANCH, "吴晓燕"),
                            new DemoUnit("物流公司党支部", UnitKind.BRANCH, "郑凯")),
                    List.of(new DemoClaimant("南昌市青山湖区社会工作服务中心", ClaimantKind.SOCIAL_ORGANISATION, "何芳", "0791-88123456"))),
            new DemoTenant("szjg", "市直机关工委", "Municipal Organs Party Working Committee", TenantKind.ORGAN, "zj", "three-types", null,
                    List.of(new DemoUnit("市审计局机关党支部", UnitKind.BRANCH, "马立新"),
                            new DemoUnit("市财政局机关党支部", UnitKind.BRANCH, "林晓东"),
                            new DemoUnit("市统计局机关党支部", UnitKind.BRANCH, "高雪"),
                            new DemoUnit("市档案馆党支部", UnitKind.BRANCH, "罗军")),
                    List.of(new DemoClaimant("市青年志愿者协会", ClaimantKind.SOCIAL_ORGANISATION, "谢婷", "13900139000"))));

    @Inject
    DemoDataWriter writer;

    @PostConstruct
    void seed() {
        Map<String, String> environment = System.getenv();
        DemoDataChoice choice = DemoDataChoice.of(environment);
        if (choice.refused()) {
            LOG.severe(choice.refusal());
        }
        if (choice != DemoDataChoice.WRITE || !writer.isEmpty()) {
            return;
        }
        String password = environment.get(DemoDataChoice.PASSWORD);
        writer.host(password);
        TENANTS.forEach(tenant -> writer.tenant(tenant, password));
        writer.cityShowcase();
        Long competition = writer.competition(List.of("xq-evaluator", "jc-evaluator", "zj-evaluator"));
        if (competition != null) {
            writer.bid("xinqiao", competition, "新桥社区党总支", "“家门口”议事厅：小区治理难题一线解决", false);
            writer.bid("jxjc", competition, "集团机关党支部", "“党建+安全生产”班组攻坚行动", true);
        }
        LOG.info("demo data written: the host and " + TENANTS.size() + " tenants");
    }

    record DemoTenant(String code, String nameZh, String nameEn, TenantKind kind, String loginPrefix, String template,
                      DemoBoardChoice board, List<DemoUnit> units, List<DemoClaimant> claimants) {
    }

    /** The tenant's claim board of the year, or none. */
    record DemoBoardChoice(String title, BoardMode mode) {
    }

    record DemoUnit(String name, UnitKind kind, String secretary) {
    }

    record DemoClaimant(String name, ClaimantKind kind, String contactPerson, String contactPhone) {
    }
}
