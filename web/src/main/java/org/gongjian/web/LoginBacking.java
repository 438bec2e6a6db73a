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
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.gongjian.account.boundary.SignIns;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.security.AccountIdentityStore;
import org.gongjian.web.security.ClientAddress;
import org.gongjian.web.security.Origins;

/**
 * Sign-in. The page keeps its view in the session, so a post must carry the view state of a page
 * the portal gave this browser, and a post from another origin is refused: no other site can sign
 * a visitor into an account of its choosing. The session id changes on every attempt, so a planted
 * one is worthless.
 */
@Named
@RequestScoped
public class LoginBacking {

    /** Soteria's mark of a sign-in the caller started; it outlives a failed attempt unless removed. */
    static final String CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    @Inject
    SecurityContext security;

    @Inject
    SignIns signIns;

    @Inject
    ClientAddress clientAddress;

    private String login;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (Origins.isForeign(request)) {
            password = null;
            Messages.error("login.crossSite");
            return;
        }
        long locked = signIns.lockedMinutes(login, clientAddress.of(request));
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
            default -> refused(request);
        }
    }

    private static void refused(HttpServletRequest request) {
        // Left behind, the mark makes the next request to a protected page skip the redirect to
        // this page and answer an empty 200.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER_INITIATED);
        }
        Object locked = request.getAttribute(AccountIdentityStore.LOCKED_MINUTES);
        if (locked != null) {
            Messages.error("login.locked", locked);
        } else {
            Messages.error("login.failed");
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
