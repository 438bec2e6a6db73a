package org.gongjian.tenant.entity;

import jakarta.persistence.Cacheable;
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

/** A committee hosted on the platform. Its code names it in URLs: {@code /t/{code}/…}. */
@Entity
@Cacheable(false)
@NamedQuery(name = Tenant.BY_CODE, query = "select t from Tenant t where t.code = :code")
@NamedQuery(name = Tenant.ACTIVE, query = "select t from Tenant t where t.active = true order by t.id")
public class Tenant {

    /** The city-wide public pages' name in place of a tenant code (/awards/city/…): no tenant takes it. */
    public static final String CITY = "city";
    public static final String BY_CODE = "Tenant.byCode";
    public static final String ACTIVE = "Tenant.active";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private TenantKind kind;
    @Column(name = "time_zone")
    private String timeZone;
    private boolean active;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String code, String nameZh, String nameEn, TenantKind kind, String timeZone) {
        String cleanCode = code == null ? "" : code.trim().toLowerCase();
        if (!CODE.matcher(cleanCode).matches()) {
            throw new BusinessException("tenant.code.invalid");
        }
        if (CITY.equals(cleanCode)) {
            throw new BusinessException("tenant.code.taken", cleanCode);
        }
        String cleanNameZh = Text.SINGLE_LINE.stripped(nameZh, TenantField.NAME_ZH, 100);
        if (cleanNameZh == null) {
            throw new BusinessException("tenant.name.invalid");
        }
        String cleanNameEn = Text.SINGLE_LINE.stripped(nameEn, TenantField.NAME_EN, 200);
        if (kind == null) {
            throw new BusinessException("tenant.kind.required");
        }
        this.code = cleanCode;
        this.nameZh = cleanNameZh;
        this.nameEn = cleanNameEn;
        this.kind = kind;
        this.timeZone = timeZone;
        this.active = true;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("nameZh", nameZh);
        state.put("nameEn", nameEn);
        state.put("kind", kind);
        state.put("timeZone", timeZone);
        state.put("active", active);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the reader's language; Chinese when there is no English one. */
    public String name(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }

    public TenantKind getKind() {
        return kind;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
