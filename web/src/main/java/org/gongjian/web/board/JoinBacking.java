package org.gongjian.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongjian.claim.boundary.JoinRequests;
import org.gongjian.claim.entity.JoinForm;
import org.gongjian.claim.entity.JoinRequest;
import org.gongjian.claimant.entity.ClaimantKind;

/** An organisation not yet registered asks a tenant to join its board; refusals stay on the form. */
@Named
@RequestScoped
public class JoinBacking {

    @Inject
    JoinRequests requests;

    @Inject
    BoardPage page;

    private String name;
    private ClaimantKind kind;
    private String contactPerson;
    private String contactPhone;
    private String email;
    private String reasons;
    private JoinRequest sent;

    public void ask() {
        sent = requests.ask(page.getRoute().tenantCode(), new JoinForm(name, kind, contactPerson, contactPhone, email, reasons));
    }

    /** A refused request answers 400, with the form and its messages. */
    public void answerRefusalWith400() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() && context.isValidationFailed()) {
            context.getExternalContext().setResponseStatus(400);
        }
    }

    public ClaimantKind[] getKinds() {
        return ClaimantKind.values();
    }

    public JoinRequest getSent() {
        return sent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ClaimantKind getKind() {
        return kind;
    }

    public void setKind(ClaimantKind kind) {
        this.kind = kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
