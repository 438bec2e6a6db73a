package org.gongjian.tenantconfig;

/** A shipped configuration file is missing, unreadable or holds a bad value. */
public class TenantConfigException extends RuntimeException {

    public TenantConfigException(String file, String key, String problem) {
        super(file + ": " + key + ": " + problem);
    }
}
