package org.gongjian.config.entity;

public enum RoundStatus {
    OPEN,
    FINISHED
}
