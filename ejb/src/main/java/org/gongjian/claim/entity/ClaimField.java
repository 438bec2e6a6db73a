package org.gongjian.claim.entity;

import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;

/** A text field of the board's forms, named in refusals; checks a value's presence, length and characters. */
public enum ClaimField {
    BOARD_TITLE(100), SECTOR(50), ITEM_TITLE(200), NEED(2000, Text.MULTI_LINE), EXPECTED_RESULTS(2000, Text.MULTI_LINE),
    OFFER(2000, Text.MULTI_LINE), CONTACT(200), PLAN(4000, Text.MULTI_LINE), REASONS(2000, Text.MULTI_LINE),
    PARTY_RESOURCES(1000, Text.MULTI_LINE), ADMINISTRATIVE_RESOURCES(1000, Text.MULTI_LINE),
    ENTERPRISE_RESOURCES(1000, Text.MULTI_LINE), DECISION_REASON(2000, Text.MULTI_LINE),
    ORGANISATION(100), CONTACT_PERSON(50), EMAIL(200), SEARCH(50);

    private final int maxLength;
    private final Text text;

    ClaimField(int maxLength) {
        this(maxLength, Text.SINGLE_LINE);
    }

    ClaimField(int maxLength, Text text) {
        this.maxLength = maxLength;
        this.text = text;
    }

    /** The value stripped; refuses a blank or too long one. */
    public String required(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("claim.field.required", this);
        }
        return optional(value);
    }

    /** The value stripped, or null when blank; refuses a too long one or one with control characters. */
    public String optional(String value) {
        return text.stripped(value, this, maxLength);
    }
}
