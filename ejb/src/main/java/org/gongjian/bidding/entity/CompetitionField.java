package org.gongjian.bidding.entity;

import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;

/** A text field of the competitions' forms, named in refusals; checks a value's presence, length and characters. */
public enum CompetitionField {
    TOPIC(200), RULES(8000, Text.MULTI_LINE), REASON(2000, Text.MULTI_LINE), NOTE(2000, Text.MULTI_LINE),
    FILE_NAME(200), LOGIN(64), CRITERION(80);

    private final int maxLength;
    private final Text text;

    CompetitionField(int maxLength) {
        this(maxLength, Text.SINGLE_LINE);
    }

    CompetitionField(int maxLength, Text text) {
        this.maxLength = maxLength;
        this.text = text;
    }

    /** The value stripped; refuses a blank or too long one. */
    public String required(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("competition.field.required", this);
        }
        return optional(value);
    }

    /** The value stripped, or null when blank; refuses a too long one or one with control characters. */
    public String optional(String value) {
        return text.stripped(value, this, maxLength);
    }
}
