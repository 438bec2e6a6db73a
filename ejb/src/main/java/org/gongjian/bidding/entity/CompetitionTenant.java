package org.gongjian.bidding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A tenant whose units may bid in a host competition open to chosen tenants. */
@Entity
@Table(name = "competition_tenant")
@IdClass(CompetitionTenant.Key.class)
public class CompetitionTenant {

    @Id
    @Column(name = "competition_id")
    private Long competitionId;
    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    protected CompetitionTenant() {
    }

    public CompetitionTenant(long competitionId, long tenantId) {
        this.competitionId = competitionId;
        this.tenantId = tenantId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private Long competitionId;
        private Long tenantId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(competitionId, key.competitionId)
                    && java.util.Objects.equals(tenantId, key.tenantId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(competitionId, tenantId);
        }
    }
}
