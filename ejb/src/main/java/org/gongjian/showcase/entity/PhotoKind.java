package org.gongjian.showcase.entity;

/** Whether a photo shows the place before the project or after it. */
public enum PhotoKind {
    BEFORE, AFTER
}
