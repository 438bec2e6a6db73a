package org.gongjian.account.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;

/**
 * A sign-in identity. Holds no tenant data: what the account may do in a tenant is its
 * {@link Membership} there. {@code tenantId} names the tenant that manages it (null: the host).
 */
@Entity
@Cacheable(false)
@NamedQuery(name = Account.BY_LOGIN, query = "select a from Account a where lower(a.login) = lower(:login)")
public class Account implements Serializable {

    public static final String BY_LOGIN = "Account.byLogin";
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String login;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "tenant_id")
    private Long tenantId;
    @Column(name = "host_admin")
    private boolean hostAdmin;
    private boolean active;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected Account() {
    }

    public Account(String login, String displayName, String email, Long tenantId, String passwordHash) {
        if (!couldBeLogin(login)) {
            throw new BusinessException("account.login.invalid");
        }
        String cleanName = Text.SINGLE_LINE.stripped(displayName, AccountField.DISPLAY_NAME, 100);
        if (cleanName == null) {
            throw new BusinessException("account.name.invalid");
        }
        String cleanEmail = Text.SINGLE_LINE.stripped(email, AccountField.EMAIL, 200);
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            throw new BusinessException("account.email.invalid");
        }
        this.login = login.trim();
        this.displayName = cleanName;
        this.email = cleanEmail;
        this.tenantId = tenantId;
        this.passwordHash = passwordHash;
        this.active = true;
        this.mustChangePassword = true;
    }

    public static Account hostAdmin(String login, String displayName, String passwordHash) {
        Account account = new Account(login, displayName, null, null, passwordHash);
        account.hostAdmin = true;
        return account;
    }

    /** Whether some account could have this login (trimmed): one that cannot is not looked for. */
    public static boolean couldBeLogin(String login) {
        return login != null && LOGIN.matcher(login.trim()).matches();
    }

    /** A password the account's owner chose: the first-sign-in change is then done. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    public boolean canSignIn() {
        return active;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("login", login);
        state.put("displayName", displayName);
        state.put("email", email);
        state.put("active", active);
        state.put("mustChangePassword", mustChangePassword);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public boolean isHostAdmin() {
        return hostAdmin;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
