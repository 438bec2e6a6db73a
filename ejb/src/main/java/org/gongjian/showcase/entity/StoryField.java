package org.gongjian.showcase.entity;

/** The fields of a story, named in refusals by their label. */
public enum StoryField {
    TITLE, BODY
}
