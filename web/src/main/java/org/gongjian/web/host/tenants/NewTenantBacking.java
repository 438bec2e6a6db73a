package org.gongjian.web.host.tenants;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gongjian.account.control.IssuedPassword;
import org.gongjian.tenant.boundary.Tenants;
import org.gongjian.tenant.boundary.Tenants.NewTenant;
import org.gongjian.tenant.entity.TenantKind;
import org.gongjian.web.faces.Messages;

/** The host creates a tenant and its first admin, and sees that admin's first password once. */
@Named
@ViewScoped
public class NewTenantBacking implements Serializable {

    @Inject
    Tenants tenants;

    private String code;
    private String nameZh;
    private String nameEn;
    private TenantKind kind = TenantKind.STREET;
    private String adminLogin;
    private String adminName;
    private String adminEmail;
    private IssuedPassword issued;

    public void create() {
        issued = tenants.create(new NewTenant(code, nameZh, nameEn, kind), adminLogin, adminName, adminEmail);
        Messages.info("host.tenants.created", nameZh);
    }

    public TenantKind[] getKinds() {
        return TenantKind.values();
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public TenantKind getKind() {
        return kind;
    }

    public void setKind(TenantKind kind) {
        this.kind = kind;
    }

    public String getAdminLogin() {
        return adminLogin;
    }

    public void setAdminLogin(String adminLogin) {
        this.adminLogin = adminLogin;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
