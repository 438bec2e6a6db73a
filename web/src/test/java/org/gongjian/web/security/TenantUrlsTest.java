package org.gongjian.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TenantUrlsTest {

    @Test
    void tenantUrlsMapToViewsUnderTenant() {
        assertEquals("/tenant/index.xhtml", TenantUrls.viewOf(null));
        assertEquals("/tenant/index.xhtml", TenantUrls.viewOf("/"));
        assertEquals("/tenant/units/list.xhtml", TenantUrls.viewOf("/units/list"));
        assertEquals("/tenant/units/list.xhtml", TenantUrls.viewOf("/units/list/"));
        assertEquals("/tenant/assessments/index.xhtml", TenantUrls.viewOf("/assessments/"));
        assertEquals("/tenant/evaluation/index.xhtml", TenantUrls.viewOf("/evaluation//"));
    }

    @Test
    void viewUrlsBecomeTenantUrlsKeepingTheQuery() {
        assertEquals("/app/t/xinqiao/units/list?a=1",
                TenantUrls.publicUrl("/app", "/app/tenant/units/list.xhtml?a=1", "xinqiao"));
        assertEquals("/t/xinqiao/", TenantUrls.publicUrl("", "/tenant/index.xhtml", "xinqiao"));
        assertEquals("/host/tenants/list.xhtml", TenantUrls.publicUrl("", "/host/tenants/list.xhtml", "xinqiao"));
        assertEquals("/tenant/index.xhtml", TenantUrls.publicUrl("", "/tenant/index.xhtml", null));
    }

    @Test
    void adminSectionsAreKnown() {
        assertTrue(TenantUrls.isAdminPage("/accounts/import"));
        assertTrue(TenantUrls.isAdminPage("/audit/list"));
        assertFalse(TenantUrls.isAdminPage("/"));
        assertFalse(TenantUrls.isAdminPage(null));
    }

    @Test
    void configurationIsEditedByAdminsAndReadByEveryMember() {
        assertTrue(TenantUrls.isAdminPage("/settings/categories"));
        assertTrue(TenantUrls.isAdminPage("/settings/versions"));
        assertFalse(TenantUrls.isAdminPage("/config/index"));
        assertFalse(TenantUrls.isAdminPage("/settings"));
        assertEquals("/tenant/settings/scheme.xhtml", TenantUrls.viewOf("/settings/scheme"));
        assertEquals("/app/t/xinqiao/config/index?version=3",
                TenantUrls.publicUrl("/app", "/app/tenant/config/index.xhtml?version=3", "xinqiao"));
    }

    @Test
    void boardsAreKeptByAdminsWhileClaimsArePagesOfTheClaimants() {
        assertTrue(TenantUrls.isAdminPage("/boards/index"));
        assertTrue(TenantUrls.isAdminPage("/boards/join-requests"));
        assertTrue(TenantUrls.isAdminPage("/competitions/view"));
        assertTrue(TenantUrls.isAdminPage("/bids/index"));
        assertFalse(TenantUrls.isAdminPage("/bidding/index"));
        assertFalse(TenantUrls.isAdminPage("/claims/index"));
        assertFalse(TenantUrls.isAdminPage("/claims/new"));
    }

    @Test
    void evaluationIsRunByAdminsWhileEvaluatorsScoreOnTheirOwnPages() {
        assertTrue(TenantUrls.isAdminPage("/evaluation/"));
        assertTrue(TenantUrls.isAdminPage("/evaluation/result"));
        assertFalse(TenantUrls.isAdminPage("/assessments/"));
        assertFalse(TenantUrls.isAdminPage("/assessments/sheet"));
        assertFalse(TenantUrls.isAdminPage("/projects/self-evaluation"));
    }
}
