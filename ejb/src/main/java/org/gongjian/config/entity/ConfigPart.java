package org.gongjian.config.entity;

/** Which part of the configuration a version changed. */
public enum ConfigPart {
    TEMPLATE,
    CATEGORIES,
    SCHEME,
    CALENDAR,
    RULES
}
