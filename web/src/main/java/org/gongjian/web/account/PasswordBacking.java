package org.gongjian.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongjian.account.boundary.Passwords;
import org.gongjian.web.faces.Messages;

/** Change one's own password; required before anything else after the first sign-in. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    Passwords passwords;

    private String current;
    private String chosen;
    private String repeated;

    public String change() {
        if (chosen == null || !chosen.equals(repeated)) {
            Messages.error("password.mismatch");
            return null;
        }
        passwords.change(current, chosen);
        return "/home?faces-redirect=true";
    }

    public boolean isRequired() {
        return passwords.mustChange();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
