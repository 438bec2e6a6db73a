package org.gongjian.claimant.entity;

/** A text field of a co-building organisation, named in refusals. */
public enum ClaimantField {
    NAME, CONTACT_PERSON
}
