package org.gongjian.project.entity;

import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;

/** A text field of the project forms, named in refusals; checks a value's presence, length and characters. */
public enum Field {
    TITLE(200), CATEGORY(40), IMPORTANCE(4000, Text.MULTI_LINE), CONTENT(8000, Text.MULTI_LINE),
    METHOD(4000, Text.MULTI_LINE), MEASURES(4000, Text.MULTI_LINE),
    STEP(200), BUDGET_ITEM(200), GOAL(200), GOAL_UNIT(20),
    LEAD_LEADER(50), RESPONSIBLE_PERSON(50), TEAM_MEMBER(50), TEAM_ROLE(50),
    LEDGER_TITLE(200), OWNER(50), STAGE(100), LEDGER_MEASURES(2000, Text.MULTI_LINE),
    REPORT(8000, Text.MULTI_LINE), FINDINGS(4000, Text.MULTI_LINE), CORRECTIONS(4000, Text.MULTI_LINE),
    FEEDBACK(4000, Text.MULTI_LINE), ANSWER(4000, Text.MULTI_LINE), PURPOSE(500), SUMMARY(8000, Text.MULTI_LINE),
    REASON(2000, Text.MULTI_LINE), COMMENT(2000, Text.MULTI_LINE);

    private final int maxLength;
    private final Text text;

    Field(int maxLength) {
        this(maxLength, Text.SINGLE_LINE);
    }

    Field(int maxLength, Text text) {
        this.maxLength = maxLength;
        this.text = text;
    }

    /** Which characters the field admits. */
    public Text text() {
        return text;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The value stripped; refuses a blank or too long one. */
    public String required(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("project.field.required", this);
        }
        return optional(value);
    }

    /** The value stripped, or null when blank; refuses a too long one or one with control characters. */
    public String optional(String value) {
        return text.stripped(value, this, maxLength);
    }
}
