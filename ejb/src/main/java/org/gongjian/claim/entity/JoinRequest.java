package org.gongjian.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.claimant.entity.ClaimantKind;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * An organisation's request to join a tenant as a co-building organisation, asked from the public
 * board. PENDING → ACCEPTED (it became a claimant with a first account) or DECLINED with a reason.
 */
@Entity
@Table(name = "join_request")
@NamedQuery(name = JoinRequest.BY_STATUS, query = "select r from JoinRequest r where r.status = :status order by r.createdAt, r.id")
@NamedQuery(name = JoinRequest.PENDING_NAMED, query = "select count(r) from JoinRequest r"
        + " where lower(r.name) = lower(:name) and r.status = org.gongjian.claim.entity.JoinStatus.PENDING")
@NamedQuery(name = JoinRequest.PENDING_COUNT, query = "select count(r) from JoinRequest r"
        + " where r.status = org.gongjian.claim.entity.JoinStatus.PENDING")
public class JoinRequest extends TenantOwned {

    public static final String BY_STATUS = "JoinRequest.byStatus";
    public static final String PENDING_NAMED = "JoinRequest.pendingNamed";
    public static final String PENDING_COUNT = "JoinRequest.pendingCount";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private ClaimantKind kind;
    @Column(name = "contact_person")
    private String contactPerson;
    @Column(name = "contact_phone")
    private String contactPhone;
    private String email;
    private String reasons;
    @Enumerated(EnumType.STRING)
    private JoinStatus status;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "claimant_id")
    private Long claimantId;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected JoinRequest() {
    }

    public JoinRequest(JoinForm form) {
        if (form.kind() == null) {
            throw new BusinessException("claimant.kind.required");
        }
        String phone = Claimant.phone(form.contactPhone());
        String mail = ClaimField.EMAIL.optional(form.email());
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw new BusinessException("join.email.invalid");
        }
        if (phone == null && mail == null) {
            throw new BusinessException("join.contact.required");
        }
        this.name = ClaimField.ORGANISATION.required(form.name());
        this.kind = form.kind();
        this.contactPerson = ClaimField.CONTACT_PERSON.required(form.contactPerson());
        this.contactPhone = phone;
        this.email = mail;
        this.reasons = ClaimField.REASONS.required(form.reasons());
        this.status = JoinStatus.PENDING;
    }

    /** The organisation was registered as this claimant. */
    public void accept(long claimantId, String by) {
        require();
        this.claimantId = claimantId;
        decide(JoinStatus.ACCEPTED, null, by);
    }

    public void decline(String reason, String by) {
        require();
        decide(JoinStatus.DECLINED, ClaimField.DECISION_REASON.required(reason), by);
    }

    private void require() {
        if (status != JoinStatus.PENDING) {
            throw new BusinessException("join.decided", status);
        }
    }

    private void decide(JoinStatus next, String reason, String by) {
        status = next;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = OffsetDateTime.now();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("kind", kind);
        state.put("contactPerson", contactPerson);
        state.put("status", status);
        if (decisionReason != null) {
            state.put("reason", decisionReason);
        }
        if (claimantId != null) {
            state.put("claimant", claimantId);
        }
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ClaimantKind getKind() {
        return kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getEmail() {
        return email;
    }

    public String getReasons() {
        return reasons;
    }

    public JoinStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Long getClaimantId() {
        return claimantId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
