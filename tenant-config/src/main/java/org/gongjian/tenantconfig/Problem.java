package org.gongjian.tenantconfig;

import java.util.List;

/**
 * One rule a configuration breaks.
 *
 * @param path      where: {@code scheme.channels}, {@code categories[2].name.zh}, {@code calendar.2027.REVIEW}
 * @param key       message key of the UI bundles, read in the user's language
 * @param arguments the message's arguments
 * @param detail    the same in English, for start-up errors about shipped files
 */
public record Problem(String path, String key, List<Object> arguments, String detail) {
}
