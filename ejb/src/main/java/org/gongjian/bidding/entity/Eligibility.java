package org.gongjian.bidding.entity;

/** Who may bid: the units of every tenant or of chosen tenants (the host's competitions), or the organiser's own units. */
public enum Eligibility {
    ALL_TENANTS, CHOSEN_TENANTS, OWN_UNITS
}
