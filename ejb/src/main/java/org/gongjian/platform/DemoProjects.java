package org.gongjian.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongjian.audit.control.Audit;
import org.gongjian.project.entity.Closure;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.BudgetLine;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.Declaration.Step;
import org.gongjian.project.entity.Figures;
import org.gongjian.project.entity.FundEntry;
import org.gongjian.project.entity.FundKind;
import org.gongjian.project.entity.LedgerEntry;
import org.gongjian.project.entity.LedgerKind;
import org.gongjian.project.entity.ProgressReport;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.project.entity.Responsibility;
import org.gongjian.project.entity.Responsibility.TeamMember;
import org.gongjian.project.entity.SupervisionVisit;
import org.gongjian.project.entity.VisitKind;
import org.gongjian.unit.entity.Unit;

/**
 * Demo projects of one tenant at the stages people look at first: one waiting for review, one
 * returned for revision, one underway with its ledger, report, visit and funds, one accepted and
 * nominated upward. Written in the bound tenant, each step audited as "system".
 */
@Dependent
class DemoProjects {

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    private long tenantId;
    private LocalDate today;

    void write(long tenantId, List<Unit> units, List<String> categories, LocalDate today) {
        this.tenantId = tenantId;
        this.today = today;
        int year = today.getYear();

        Project submitted = declare(units.get(0), year, declaration("党员志愿服务积分制", categories.get(0),
                "社区志愿服务参与人数少、积极性不高。", "建立党员志愿服务积分制度，积分可兑换服务。", "线上登记、季度公示、年终评比。",
                goal("党员参与志愿服务", "300", "人次")));
        submit(submitted);

        Project returned = declare(units.get(2 % units.size()), year, declaration("村级议事规范化", categories.get(0),
                "村务议事程序不规范，群众意见收集不充分。", "制定村级议事规则，建立议事台账。", "先试点后推广。",
                goal("规范议事事项", "12", "项")));
        submit(returned);
        decide(returned, "project.return", () -> returned.returnForRevision("请把预期目标细化到季度，并补充经费测算依据。"));

        Project underway = declare(units.get(0), year, declaration("一居一品·邻里议事厅", categories.get(1 % categories.size()),
                "老旧小区矛盾多，居民缺少表达诉求的平台。", "建设邻里议事厅，党员骨干轮值主持。", "每月一次议事会，问题清单化、办理闭环。",
                goal("解决社区难题", "20", "个")));
        submit(underway);
        decide(underway, "project.approve", underway::approve);
        Responsibility responsibility = new Responsibility("陈建华", "王秀英",
                List.of(new TeamMember("李敏", "议事会主持"), new TeamMember("张国平", "台账记录")));
        decide(underway, "project.responsibility", () -> underway.fixResponsibility(responsibility));
        ledger(underway, "第一阶段：建设", LedgerKind.MILESTONE, "议事厅挂牌启用", today.minusDays(40), true);
        ledger(underway, "第一阶段：建设", LedgerKind.TASK, "制定议事规则", today.minusDays(5), false);
        ledger(underway, "第二阶段：运行", LedgerKind.GOAL, "办结居民难题 10 个", today.plusDays(3), false);
        ledger(underway, "第二阶段：运行", LedgerKind.TASK, "季度议事成效公示", today.plusDays(40), false);
        persist(underway, "project.progress", new ProgressReport(underway.getId(), 1,
                "议事厅已挂牌，召开议事会 4 次，收集居民诉求 26 条，已办结 8 条。", new Figures(Map.of("g1", new BigDecimal("8"))), "system"));
        persist(underway, "project.visit", new SupervisionVisit(underway.getId(), VisitKind.SUPERVISION, today.minusDays(10),
                "议事台账记录不完整，部分诉求未写明办理时限。", "一周内补齐台账，逐条明确责任人和时限。",
                "议事厅运行规范，群众认可度高；请加强台账管理。", "system"));
        persist(underway, "project.fund.grant", new FundEntry(underway.getId(), FundKind.GRANT, new BigDecimal("20000.00"),
                today.minusDays(60), "专项经费下拨", "system"));
        persist(underway, "project.fund.spend", new FundEntry(underway.getId(), FundKind.SPENDING, new BigDecimal("6500.50"),
                today.minusDays(30), "议事厅桌椅和标识", "system"));

        Project accepted = declare(units.get(1 % units.size()), year, declaration("红色物业联盟", categories.get(0),
                "物业服务与居民需求脱节，投诉多。", "党组织牵头组建红色物业联盟，物业企业党员亮身份。", "联席会议、服务承诺、居民评议。",
                goal("物业投诉下降", "30", "%")));
        submit(accepted);
        decide(accepted, "project.approve", accepted::approve);
        decide(accepted, "project.nominate", () -> accepted.nominate(true));
        decide(accepted, "project.responsibility", () -> accepted.fixResponsibility(
                new Responsibility("黄海涛", "吴晓燕", List.of(new TeamMember("郑凯", "联络员")))));
        int closure = accepted.submitClosure();
        em.persist(ProjectDocument.closure(accepted.getId(), closure,
                new Closure("联盟覆盖 6 个小区，建立服务承诺 12 项，物业投诉同比下降 35%。", Map.of("g1", new BigDecimal("35"))), "system"));
        decide(accepted, "project.closure.submit", () -> { });
        decide(accepted, "project.accept", accepted::accept);

        Project draft = Project.draft(units.get(0).getId(), year, categories.get(0), "党建引领垃圾分类",
                new Declaration("党建引领垃圾分类", categories.get(0), null, null, null,
                        List.of(), List.of(), null, List.of()), "system");
        em.persist(draft);
        em.flush();
        record("project.draft", "project", draft.getId(), null, draft.snapshot());
    }

    /** Audits one step and writes it at once, so the timeline keeps the steps' order. */
    private void record(String action, String subject, Long projectId, Map<String, ?> before, Map<String, ?> after) {
        audit.recordFor(tenantId, action, subject, projectId, before, after);
        em.flush();
    }

    private Declaration declaration(String title, String category, String importance, String content, String method, Goal goal) {
        return new Declaration(title, category, importance, content, method,
                List.of(new Step("调研摸底，形成方案", today.withDayOfYear(1).plusMonths(3)),
                        new Step("组织实施", today.withDayOfYear(1).plusMonths(8)),
                        new Step("总结评估", today.withDayOfYear(1).plusMonths(11))),
                List.of(new BudgetLine("宣传和培训", new BigDecimal("3000.00")), new BudgetLine("场地和设施", new BigDecimal("15000.00"))),
                "党组织书记牵头，成立项目工作组，每月调度。", List.of(goal));
    }

    private static Goal goal(String description, String target, String unit) {
        return new Goal("g1", description, new BigDecimal(target), unit);
    }

    private Project declare(Unit unit, int year, Declaration declaration) {
        Project project = Project.draft(unit.getId(), year, declaration.categoryKey(), declaration.title(),
                declaration, "system");
        em.persist(project);
        em.flush();
        record("project.draft", "project", project.getId(), null, project.snapshot());
        return project;
    }

    private void submit(Project project) {
        var before = project.snapshot();
        int number = project.submit();
        em.persist(ProjectDocument.declaration(project.getId(), number, project.getDraft(), "system"));
        record("project.submit", "project", project.getId(), before, project.snapshot());
    }

    private void decide(Project project, String action, Runnable move) {
        var before = project.snapshot();
        move.run();
        record(action, "project", project.getId(), before, project.snapshot());
    }

    private void ledger(Project project, String stage, LedgerKind kind, String title, LocalDate deadline, boolean done) {
        LedgerEntry entry = new LedgerEntry(project.getId(), "system");
        entry.describe(kind, stage, title, "王秀英", deadline, "专人负责，每周跟进");
        if (done) {
            entry.markDone(deadline);
        }
        em.persist(entry);
        record("project.ledger.add", "project", project.getId(), null, entry.snapshot());
    }

    private void persist(Project project, String action, Object record) {
        em.persist(record);
        record(action, "project", project.getId(), null, Map.of("kind", record.getClass().getSimpleName()));
    }
}
