package org.gongjian.tenantconfig;

/**
 * A project category (项目类型) of one tenant.
 *
 * @param key         stable code; projects refer to their category by it across versions
 * @param description what projects of this kind are for
 * @param goalHint    optional hint shown when a unit writes its goals
 */
public record Category(String key, Name name, String description, String goalHint) {

    static final int DESCRIPTION_MAX = 500;
    static final int HINT_MAX = 200;

    void check(String path, Problems problems) {
        if (name == null) {
            problems.add(path + ".name", "config.name.required", "name is missing");
        } else {
            name.check(path + ".name", 30, 80, problems);
        }
        problems.text(path + ".description", description, DESCRIPTION_MAX);
        problems.text(path + ".goalHint", goalHint, HINT_MAX);
    }
}
