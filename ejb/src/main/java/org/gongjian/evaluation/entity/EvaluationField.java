package org.gongjian.evaluation.entity;

import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;

/** A text field of the evaluation forms, named in refusals; checks a value's presence, length and characters. */
public enum EvaluationField {
    NOTE, LISTENED, LOOKED, CHECKED, ASKED, REASON;

    private static final int MAX_LENGTH = 2000;

    /** The value stripped; refuses a blank or too long one. */
    public String required(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("evaluation.field.required", this);
        }
        return optional(value);
    }

    /** The value stripped, or null when blank; refuses a too long one or one with control characters. */
    public String optional(String value) {
        return Text.MULTI_LINE.stripped(value, this, MAX_LENGTH);
    }
}
