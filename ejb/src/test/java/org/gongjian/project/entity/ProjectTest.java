package org.gongjian.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final Declaration PLAN = Declaration.empty();

    private static Project draft() {
        return Project.draft(7L, 2026, "innovation", "一居一品", PLAN, "xq-unit");
    }

    private static Responsibility team(String lead) {
        return new Responsibility(lead, "王秀英", List.of(new Responsibility.TeamMember("李敏", "联络员")));
    }

    @Test
    void runsFromDraftToAcceptanceThroughARevision() {
        Project project = draft();
        assertEquals(ProjectStatus.DRAFT, project.getStatus());
        assertEquals(1, project.submit());
        project.returnForRevision("  请细化目标  ");
        assertEquals(ProjectStatus.RETURNED, project.getStatus());
        assertEquals("请细化目标", project.getDecisionReason());
        project.editDeclaration("innovation", "一居一品（修订）", PLAN);
        assertEquals(2, project.submit());
        assertNull(project.getDecisionReason());
        project.approve();
        project.nominate(true);
        assertTrue(project.isNominated());
        project.fixResponsibility(team("陈建华"));
        assertEquals(ProjectStatus.UNDERWAY, project.getStatus());
        project.requireUnderway();
        assertEquals(1, project.submitClosure());
        project.returnClosure("补充数据");
        assertEquals(ProjectStatus.UNDERWAY, project.getStatus());
        assertEquals(2, project.submitClosure());
        project.accept();
        assertEquals(ProjectStatus.ACCEPTED, project.getStatus());
        assertTrue(project.getStatus().isApproved());
    }

    @Test
    void refusesEveryMoveItsStateDoesNotAllow() {
        Project project = draft();
        BusinessException approve = assertThrows(BusinessException.class, project::approve);
        assertEquals("project.move.refused", approve.key());
        assertEquals(List.of(Move.APPROVE, ProjectStatus.DRAFT), approve.reasons().get(0).arguments());
        assertThrows(BusinessException.class, () -> project.nominate(true));
        assertThrows(BusinessException.class, () -> project.fixResponsibility(team("陈建华")));
        assertThrows(BusinessException.class, project::requireUnderway);
        assertThrows(BusinessException.class, project::submitClosure);
        project.submit();
        assertThrows(BusinessException.class, () -> project.editDeclaration("x", "y", PLAN));
        assertThrows(BusinessException.class, project::submit);
        project.reject("不符合要求");
        for (Move move : Move.values()) {
            assertFalse(project.can(move), move.name());
        }
        assertEquals(ProjectStatus.REJECTED, project.getStatus());
    }

    @Test
    void aReturnOrRejectionNeedsAReason() {
        Project project = draft();
        project.submit();
        assertEquals("project.reason.required", assertThrows(BusinessException.class, () -> project.returnForRevision(" ")).key());
        assertEquals("project.reason.tooLong", assertThrows(BusinessException.class, () -> project.reject("长".repeat(2001))).key());
        assertEquals(ProjectStatus.SUBMITTED, project.getStatus());
    }

    @Test
    void responsibilityCanBeCorrectedWhileUnderwayButNotAfterClosureIsSubmitted() {
        Project project = draft();
        project.submit();
        project.approve();
        project.fixResponsibility(team("陈建华"));
        project.fixResponsibility(team("黄海涛"));
        assertEquals("黄海涛", project.getResponsibility().leadLeader());
        project.submitClosure();
        assertThrows(BusinessException.class, () -> project.fixResponsibility(team("陈建华")));
        assertThrows(BusinessException.class, project::requireUnderway);
    }

    @Test
    void aUnitsDraftIsOwnedByTheUnit() {
        assertEquals(ProjectOwner.ofUnit(7L), draft().getOwner());
    }

    @Test
    void aClaimedProjectStartsApprovedWithItsPlanAsTheFirstDeclarationAndGoesOnLikeAnyOther() {
        Project project = Project.approvedClaim(ProjectOwner.ofClaimant(3L), 2026, "innovation", "红色物业", PLAN, "admin");
        assertEquals(ProjectStatus.APPROVED, project.getStatus());
        assertEquals(1, project.getDeclarationNumber());
        assertEquals(ProjectOwner.ofClaimant(3L), project.getOwner());
        assertFalse(project.can(Move.EDIT_DECLARATION));
        assertThrows(BusinessException.class, project::submit);
        project.fixResponsibility(team("陈建华"));
        assertEquals(ProjectStatus.UNDERWAY, project.getStatus());
        assertEquals(1, project.submitClosure());
        project.accept();
        assertEquals(ProjectStatus.ACCEPTED, project.getStatus());
    }
}
