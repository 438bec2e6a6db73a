package org.gongjian.claim.entity;

/** The moves of items and claims, named when one is refused. */
public enum BoardMove {
    EDIT, PUBLISH, CLOSE, WITHDRAW_ITEM, CONFIRM, REFUSE, WITHDRAW_CLAIM, RELEASE, CANCEL, ATTACH, OPEN_PROJECT
}
