package org.gongjian.launcher;

/**
 * Where the portal database is and which roles to use: the owner migrates the schema,
 * the application role only reads and writes data.
 */
public record DatabaseCoordinates(String jdbcUrl, String ownerUser, String ownerPassword,
                                  String appUser, String appPassword) {

    @Override
    public String toString() {
        return "DatabaseCoordinates[jdbcUrl=" + jdbcUrl + ", ownerUser=" + ownerUser + ", appUser=" + appUser + "]";
    }
}
