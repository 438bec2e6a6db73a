package org.gongjian.account.control;

import java.io.Serializable;

/** A first password the portal made for an account; shown once to whoever created it, stored only hashed. */
public record IssuedPassword(String login, String displayName, String password) implements Serializable {
}
