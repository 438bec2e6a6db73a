package org.gongjian.project.entity;

import org.gongjian.platform.BusinessException;

/** A text field of the project forms, named in refusals; checks a value's presence and length. */
public enum Field {
    TITLE(200), CATEGORY(40), IMPORTANCE(4000), CONTENT(8000), METHOD(4000), MEASURES(4000),
    STEP(200), BUDGET_ITEM(200), GOAL(200), GOAL_UNIT(20),
    LEAD_LEADER(50), RESPONSIBLE_PERSON(50), TEAM_MEMBER(50), TEAM_ROLE(50),
    LEDGER_TITLE(200), OWNER(50), STAGE(100), LEDGER_MEASURES(2000),
    REPORT(8000), FINDINGS(4000), CORRECTIONS(4000), FEEDBACK(4000), ANSWER(4000), PURPOSE(500), SUMMARY(8000);

    private final int maxLength;

    Field(int maxLength) {
        this.maxLength = maxLength;
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

    /** The value stripped, or null when blank; refuses a too long one. */
    public String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new BusinessException("project.field.tooLong", this, maxLength);
        }
        return stripped;
    }
}
