package org.gongjian.platform;

/**
 * Which characters a text typed by a person may hold: no NUL or other control character (PostgreSQL
 * cannot store NUL; the others are invisible and alter what a reader sees), except line breaks and
 * tabs in text written over several lines. A text is refused, never cleaned.
 */
public enum Text {
    SINGLE_LINE, MULTI_LINE;

    /**
     * The value unchanged; refuses it when it holds a character not allowed here, naming the field
     * (an enum constant shown by its label) or, when null, the text in general.
     */
    public String checked(String value, Enum<?> field) {
        if (!admits(value)) {
            throw field == null ? new BusinessException("text.control.any") : new BusinessException("text.control", field);
        }
        return value;
    }

    /**
     * The value stripped, or null when blank; refuses it, naming the field, when it holds a character
     * not allowed here or, stripped, more than {@code maxLength} characters (counted as the database
     * counts them, by code point). Never shortened.
     */
    public String stripped(String value, Enum<?> field, int maxLength) {
        checked(value, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new BusinessException("text.tooLong", field, maxLength);
        }
        return stripped;
    }

    /** Whether the value, if any, holds only characters allowed in this kind of text. */
    public boolean admits(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.getType(c) == Character.CONTROL && !(this == MULTI_LINE && lineBreakOrTab)) {
                return false;
            }
        }
        return true;
    }
}
