package org.gongjian.unit.entity;

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
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;
import org.gongjian.tenant.entity.TenantOwned;

/** A grassroots unit of one tenant. Its name is unique within the tenant. */
@Entity
@NamedQuery(name = Unit.ALL, query = "select u from Unit u order by u.name")
@NamedQuery(name = Unit.BY_NAME, query = "select u from Unit u where u.name = :name")
public class Unit extends TenantOwned {

    public static final String ALL = "Unit.all";
    public static final String BY_NAME = "Unit.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private String secretary;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String name, UnitKind kind, String secretary) {
        Text.SINGLE_LINE.checked(name, null);
        Text.SINGLE_LINE.checked(secretary, null);
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            throw new BusinessException("unit.name.invalid");
        }
        if (kind == null) {
            throw new BusinessException("unit.kind.required");
        }
        if (secretary != null && secretary.trim().length() > 50) {
            throw new BusinessException("unit.secretary.tooLong");
        }
        this.name = name.trim();
        this.kind = kind;
        this.secretary = secretary == null || secretary.isBlank() ? null : secretary.trim();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("kind", kind);
        state.put("secretary", secretary);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getSecretary() {
        return secretary;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
