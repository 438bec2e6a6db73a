package org.gongjian.tenantconfig;

/** 一等奖, 二等奖, 三等奖. */
public enum AwardTier {
    FIRST,
    SECOND,
    THIRD
}
