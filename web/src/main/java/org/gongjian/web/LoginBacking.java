package org.gongjian.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongjian.account.boundary.SignIns;
import org.gongjian.web.faces.Messages;

/** Sign-in. The session id changes on every attempt, so a planted one is worthless. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    SignIns signIns;

    private String login;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        long locked = signIns.lockedMinutes(login, request.getRemoteAddr());
        if (locked > 0) {
            Messages.error("login.locked", locked);
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(login, password)).newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/home.xhtml");
            default -> Messages.error("login.failed");
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
