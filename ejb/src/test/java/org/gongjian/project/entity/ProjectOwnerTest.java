package org.gongjian.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectOwnerTest {

    @Test
    void isEitherAUnitOrAClaimantNeverBoth() {
        ProjectOwner unit = ProjectOwner.ofUnit(5L);
        ProjectOwner claimant = ProjectOwner.ofClaimant(5L);
        assertTrue(unit.isUnit());
        assertEquals(5L, unit.unitId());
        assertNull(unit.claimantId());
        assertFalse(claimant.isUnit());
        assertEquals(5L, claimant.claimantId());
        assertNull(claimant.unitId());
        assertNotEquals(unit, claimant, "unit 5 and claimant 5 are different owners");
        assertEquals(ProjectOwner.ofClaimant(5L), claimant);
        assertEquals(ProjectOwner.ofClaimant(5L).hashCode(), claimant.hashCode());
    }

    @Test
    void aUnitIsSpokenForOnlyByItsMembersAClaimantOnlyByItsAccounts() {
        ProjectOwner unit = ProjectOwner.ofUnit(5L);
        ProjectOwner claimant = ProjectOwner.ofClaimant(9L);
        assertTrue(unit.isSpokenForBy(5L, null));
        assertTrue(unit.isSpokenForBy(5L, 9L));
        assertFalse(unit.isSpokenForBy(6L, null));
        assertFalse(unit.isSpokenForBy(null, 5L), "a claimant account of organisation 5 does not speak for unit 5");
        assertFalse(unit.isSpokenForBy(null, null));
        assertTrue(claimant.isSpokenForBy(null, 9L));
        assertFalse(claimant.isSpokenForBy(null, 8L), "another organisation of the same tenant");
        assertFalse(claimant.isSpokenForBy(9L, null), "a member of unit 9 does not speak for organisation 9");
        assertFalse(claimant.isSpokenForBy(null, null));
    }
}
