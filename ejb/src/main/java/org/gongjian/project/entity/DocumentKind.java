package org.gongjian.project.entity;

/** What a submitted project document is. */
public enum DocumentKind {
    DECLARATION, CLOSURE
}
