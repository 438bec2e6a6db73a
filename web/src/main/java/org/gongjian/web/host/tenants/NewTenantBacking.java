package org.gongjian.web.host.tenants;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.account.control.IssuedPassword;
import org.gongjian.config.boundary.ConfigTemplates;
import org.gongjian.tenant.boundary.Tenants;
import org.gongjian.tenant.boundary.Tenants.NewTenant;
import org.gongjian.tenant.entity.TenantKind;
import org.gongjian.tenantconfig.ConfigTemplate;
import org.gongjian.web.faces.Messages;

/**
 * The host creates a tenant, its configuration from a template and its first admin, and sees that
 * admin's first password once.
 */
@Named
@ViewScoped
public class NewTenantBacking implements Serializable {

    @Inject
    Tenants tenants;

    @Inject
    ConfigTemplates configTemplates;

    private String code;
    private String nameZh;
    private String nameEn;
    private TenantKind kind = TenantKind.STREET;
    private String template = "three-types";
    private String adminLogin;
    private String adminName;
    private String adminEmail;
    private IssuedPassword issued;

    public void create() {
        issued = tenants.create(new NewTenant(code, nameZh, nameEn, kind, template), adminLogin, adminName, adminEmail);
        Messages.info("host.tenants.created", nameZh);
    }

    public TenantKind[] getKinds() {
        return TenantKind.values();
    }

    public List<ConfigTemplate> getTemplates() {
        return configTemplates.all();
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
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
