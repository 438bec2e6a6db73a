package org.gongjian.account.entity;

/** What an account may do. HOST_ADMIN is held on the account; the others per tenant membership. */
public enum Role {
    HOST_ADMIN,
    TENANT_ADMIN,
    UNIT_MEMBER,
    CLAIMANT,
    EVALUATOR;

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String HOST_ADMIN = "HOST_ADMIN";
        public static final String TENANT_ADMIN = "TENANT_ADMIN";
        public static final String UNIT_MEMBER = "UNIT_MEMBER";
        public static final String CLAIMANT = "CLAIMANT";
        public static final String EVALUATOR = "EVALUATOR";

        private Names() {
        }
    }
}
