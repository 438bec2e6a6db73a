package org.gongjian.tenant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.File;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, through JPA itself: a transaction bound to one tenant neither reads nor changes
 * another tenant's rows, by query, by id or by bulk JPQL, and with no tenant it reads nothing.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Inject
    TenantProbe probe;

    @Deployment
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("gongjian.war")))
                .addClasses(TenantProbe.class);
    }

    @Test
    void queriesSeeOnlyTheBoundTenant() {
        Pair pair = pair();
        assertEquals(List.of("甲支部"), probe.unitNames(pair.a));
        assertEquals(List.of("乙支部"), probe.unitNames(pair.b));
    }

    @Test
    void findingAnotherTenantsRowByIdFindsNothing() {
        Pair pair = pair();
        assertTrue(probe.finds(pair.a, pair.unitOfA));
        assertFalse(probe.finds(pair.a, pair.unitOfB));
    }

    @Test
    void bulkUpdatesAndDeletesReachOnlyTheBoundTenant() {
        Pair pair = pair();
        assertEquals(1, probe.renameSecretaries(pair.a, "新书记"));
        assertEquals("新书记", probe.secretary(pair.a, pair.unitOfA));
        assertEquals("原书记", probe.secretary(pair.b, pair.unitOfB));
        assertEquals(0, probe.deleteUnitById(pair.a, pair.unitOfB));
        assertTrue(probe.finds(pair.b, pair.unitOfB));
    }

    @Test
    void withoutTenantNothingIsRead() {
        pair();
        assertThrows(EJBException.class, () -> probe.unitNamesWithoutTenant());
    }

    private Pair pair() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long a = probe.createTenant("iso-a-" + suffix);
        long b = probe.createTenant("iso-b-" + suffix);
        return new Pair(a, b, probe.createUnit(a, "甲支部"), probe.createUnit(b, "乙支部"));
    }

    private record Pair(long a, long b, long unitOfA, long unitOfB) {
    }
}
