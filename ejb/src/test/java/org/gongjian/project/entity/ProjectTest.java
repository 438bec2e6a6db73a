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

    private static Project draft() {
        return Project.draft(7L, 2026, "innovation", "一居一品", "{}", "xq-unit");
    }

    @Test
    void runsFromDraftToAcceptanceThroughARevision() {
        Project project = draft();
        assertEquals(ProjectStatus.DRAFT, project.getStatus());
        assertEquals(1, project.submit());
        project.returnForRevision("  请细化目标  ");
        assertEquals(ProjectStatus.RETURNED, project.getStatus());
        assertEquals("请细化目标", project.getDecisionReason());
        project.editDeclaration("innovation", "一居一品（修订）", "{}");
        assertEquals(2, project.submit());
        assertNull(project.getDecisionReason());
        project.approve();
        project.nominate(true);
        assertTrue(project.isNominated());
        project.fixResponsibility("{}");
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
        assertThrows(BusinessException.class, () -> project.fixResponsibility("{}"));
        assertThrows(BusinessException.class, project::requireUnderway);
        assertThrows(BusinessException.class, project::submitClosure);
        project.submit();
        assertThrows(BusinessException.class, () -> project.editDeclaration("x", "y", "{}"));
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
        project.fixResponsibility("{\"a\":1}");
        project.fixResponsibility("{\"a\":2}");
        assertEquals("{\"a\":2}", project.getResponsibility());
        project.submitClosure();
        assertThrows(BusinessException.class, () -> project.fixResponsibility("{}"));
        assertThrows(BusinessException.class, project::requireUnderway);
    }
}
