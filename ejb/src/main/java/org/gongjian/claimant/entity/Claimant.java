package org.gongjian.claimant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;
import org.gongjian.tenant.entity.TenantOwned;

/** A co-building organisation registered with one tenant. Its name is unique within the tenant. */
@Entity
@NamedQuery(name = Claimant.ALL, query = "select c from Claimant c order by c.name")
@NamedQuery(name = Claimant.BY_NAME, query = "select c from Claimant c where c.name = :name")
public class Claimant extends TenantOwned {

    public static final String ALL = "Claimant.all";
    public static final String BY_NAME = "Claimant.byName";
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,30}");

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
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected Claimant() {
    }

    public Claimant(String name, ClaimantKind kind, String contactPerson, String contactPhone) {
        String cleanName = Text.SINGLE_LINE.stripped(name, ClaimantField.NAME, 100);
        if (cleanName == null) {
            throw new BusinessException("claimant.name.invalid");
        }
        if (kind == null) {
            throw new BusinessException("claimant.kind.required");
        }
        String person = Text.SINGLE_LINE.stripped(contactPerson, ClaimantField.CONTACT_PERSON, 50);
        String phone = phone(contactPhone);
        this.name = cleanName;
        this.kind = kind;
        this.contactPerson = person;
        this.contactPhone = phone;
    }

    /** A contact phone as entered, trimmed, or null when blank; refuses anything but digits, spaces, "+" and "-". */
    public static String phone(String contactPhone) {
        String phone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.trim();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new BusinessException("claimant.phone.invalid");
        }
        return phone;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("kind", kind);
        state.put("contactPerson", contactPerson);
        state.put("contactPhone", contactPhone);
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

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
