package org.gongjian.account.entity;

/** A text field of an account, named in refusals. */
public enum AccountField {
    DISPLAY_NAME, EMAIL
}
