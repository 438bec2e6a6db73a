package org.gongjian.tenantconfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the templates shipped with the product: {@code template-base.properties} with
 * {@code template-<code>.properties} merged over it (the base file states how), built into a
 * {@link ConfigTemplate} and checked as the records check themselves. Any problem stops the load
 * with the file, the key and what is wrong.
 */
public class TemplateLoader {

    static final String BASE = "template-base.properties";
    private static final String CODES = "templates";
    // The calendar is checked laid on a real year; any year in range finds the same problems.
    private static final int SAMPLE_YEAR = 2026;
    private static final Pattern LIST_ENTRY = Pattern.compile("(.+?)\\.(\\d{1,3})\\..+");
    private static final Pattern DAY = Pattern.compile("(?:\\+(\\d):)?(\\d{2}-\\d{2})");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern LIST = Pattern.compile("category|criterion|grade|calendar|rules\\.awards|channel\\.\\w+\\.criterion");

    private final String folder;

    public TemplateLoader() {
        this("org/gongjian/tenantconfig/templates/");
    }

    TemplateLoader(String folder) {
        this.folder = folder;
    }

    /** Every shipped template, in the order the base file lists them. */
    public List<ConfigTemplate> all() {
        return codes(read(BASE)).stream().map(this::load).toList();
    }

    public ConfigTemplate load(String code) {
        Properties base = read(BASE);
        List<String> codes = codes(base);
        if (!codes.contains(code)) {
            throw new TenantConfigException(BASE, CODES, "unknown template '" + code + "', not one of " + codes);
        }
        String file = "template-" + code + ".properties";
        Values values = new Values(BASE + " + " + file, merge(base, read(file)));
        ConfigTemplate template = new ConfigTemplate(code, name(values, "name"),
                values.numbers("category").stream().map(i -> category(values, "category." + i)).toList(),
                new EvaluationScheme(channels(values), criteria(values, "criterion"), grades(values), missingChannel(values)),
                calendar(values), rules(values));
        values.refuseUnread();
        check(values, template);
        return template;
    }

    private static List<String> codes(Properties base) {
        return new Values(BASE, base).listed(CODES);
    }

    /** The template file over the base; a numbered list the template has replaces the base's wholly. */
    private static Properties merge(Properties base, Properties template) {
        Set<String> replaced = new HashSet<>();
        for (String key : template.stringPropertyNames()) {
            Matcher entry = LIST_ENTRY.matcher(key);
            if (entry.matches()) {
                replaced.add(entry.group(1));
            }
        }
        Properties merged = new Properties();
        for (String key : base.stringPropertyNames()) {
            Matcher entry = LIST_ENTRY.matcher(key);
            if (!key.equals(CODES) && !(entry.matches() && replaced.contains(entry.group(1)))) {
                merged.setProperty(key, base.getProperty(key));
            }
        }
        merged.putAll(template);
        return merged;
    }

    private static Name name(Values values, String prefix) {
        return new Name(values.text(prefix + ".zh"), values.optional(prefix + ".en"));
    }

    private static Category category(Values values, String prefix) {
        return new Category(values.text(prefix + ".key"), name(values, prefix + ".name"),
                values.text(prefix + ".description"), values.optional(prefix + ".goal-hint"));
    }

    private static MissingChannel missingChannel(Values values) {
        String rule = values.optional("missing-channel");
        return rule == null ? MissingChannel.NO_GRADE : values.constant("missing-channel", rule, MissingChannel.class, "missing-channel rule");
    }

    private static List<Channel> channels(Values values) {
        for (String key : values.keysUnder("channel.")) {
            values.constant(key, key.split("\\.", -1)[1], ChannelKind.class, "channel");
        }
        return Arrays.stream(ChannelKind.values())
                .map(kind -> new Channel(kind, values.decimal("channel." + kind + ".weight"),
                        criteria(values, "channel." + kind + ".criterion")))
                .toList();
    }

    private static List<Criterion> criteria(Values values, String prefix) {
        return values.numbers(prefix).stream().map(i -> prefix + "." + i)
                .map(at -> new Criterion(values.text(at + ".key"), name(values, at + ".name"),
                        values.decimal(at + ".weight"), values.integer(at + ".max-score")))
                .toList();
    }

    private static List<GradeBand> grades(Values values) {
        return values.numbers("grade").stream().map(i -> "grade." + i)
                .map(at -> new GradeBand(values.text(at + ".key"), name(values, at + ".name"),
                        values.decimal(at + ".from"), values.decimal(at + ".to")))
                .toList();
    }

    private static List<WindowTemplate> calendar(Values values) {
        List<WindowTemplate> windows = new ArrayList<>();
        for (String key : values.keysUnder("calendar.")) {
            Phase phase = values.constant(key, key.substring("calendar.".length()), Phase.class, "phase");
            String dates = values.optional(key);
            if (dates != null) {
                windows.add(window(values, key, phase, dates));
            }
        }
        windows.sort(Comparator.comparing(WindowTemplate::phase));
        return windows;
    }

    private static WindowTemplate window(Values values, String key, Phase phase, String dates) {
        String[] ends = dates.split("/", -1);
        if (ends.length == 2) {
            Matcher opens = DAY.matcher(ends[0].trim());
            Matcher closes = DAY.matcher(ends[1].trim());
            if (opens.matches() && closes.matches()) {
                try {
                    return new WindowTemplate(phase, MonthDay.parse("--" + opens.group(2)), yearOffset(opens),
                            MonthDay.parse("--" + closes.group(2)), yearOffset(closes));
                } catch (DateTimeException e) {
                    // falls through to the same message as a malformed value: the day does not exist
                }
            }
        }
        throw values.problem(key, "'" + dates + "' is not MM-dd/MM-dd (e.g. 01-10/02-28, or +1:06-20 for the next year)");
    }

    private static int yearOffset(Matcher day) {
        return day.group(1) == null ? 0 : Integer.parseInt(day.group(1));
    }

    private static Rules rules(Values values) {
        for (String key : values.keysUnder("rules.awards.")) {
            values.constant(key, key.substring("rules.awards.".length()), AwardTier.class, "award tier");
        }
        List<AwardQuota> awards = Arrays.stream(AwardTier.values())
                .map(tier -> new AwardQuota(tier, values.integer("rules.awards." + tier)))
                .toList();
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        for (String feature : values.listed("rules.features")) {
            features.add(values.constant("rules.features", feature, Feature.class, "feature"));
        }
        return new Rules(values.integer("rules.declarations-per-unit"), values.integer("rules.nominations-upward"),
                awards, features);
    }

    private static void check(Values values, ConfigTemplate template) {
        Problems own = new Problems();
        template.name().check("name", 30, 80, own);
        List<Problem> problems = new ArrayList<>(own.list());
        problems.addAll(template.startFor(SAMPLE_YEAR).problems());
        if (problems.isEmpty()) {
            return;
        }
        Problem first = problems.get(0);
        String more = problems.stream().skip(1).map(p -> keyOf(p.path()) + ": " + p.detail())
                .collect(Collectors.joining("; "));
        throw values.problem(keyOf(first.path()), first.detail() + (more.isEmpty() ? "" : "; and also " + more));
    }

    /**
     * The property key a record's problem path comes from, so the message points into the file:
     * {@code scheme.criteria[2].maxScore} is {@code criterion.3.max-score}.
     */
    private static String keyOf(String path) {
        String key = path
                .replaceFirst("^scheme\\.channels$", "channel.*.weight")
                .replaceFirst("^scheme\\.channels\\.(\\w+)\\.criteria", "channel.$1.criterion")
                .replaceFirst("^scheme\\.channels", "channel")
                .replaceFirst("^scheme\\.criteria", "criterion")
                .replaceFirst("^scheme\\.grades", "grade")
                .replaceFirst("^categories", "category")
                .replaceFirst("^calendar\\.\\d+", "calendar")
                .replace("goalHint", "goal-hint")
                .replace("maxScore", "max-score")
                .replace("declarationsPerUnit", "declarations-per-unit")
                .replace("nominationsUpward", "nominations-upward");
        key = INDEX.matcher(key).replaceAll(index -> "." + (Integer.parseInt(index.group(1)) + 1));
        return LIST.matcher(key).matches() ? key + ".*" : key;
    }

    private Properties read(String file) {
        Properties values = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + file)) {
            if (in == null) {
                throw new TenantConfigException(file, "(file)", "not found in " + folder);
            }
            values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return values;
        } catch (IOException e) {
            throw new TenantConfigException(file, "(file)", "cannot be read: " + e.getMessage());
        }
    }

    /** The merged settings of one template, remembering which keys were read so that the rest can be refused. */
    private static final class Values {

        private final String file;
        private final Properties properties;
        private final Set<String> read = new HashSet<>();

        Values(String file, Properties properties) {
            this.file = file;
            this.properties = properties;
        }

        String text(String key) {
            String value = optional(key);
            if (value == null) {
                throw problem(key, "is missing");
            }
            return value;
        }

        /** The value, or null when the key is absent or empty. */
        String optional(String key) {
            read.add(key);
            String value = properties.getProperty(key);
            return value == null || value.isBlank() ? null : value.trim();
        }

        /** A comma-separated list; the key must be there, but may be empty. */
        List<String> listed(String key) {
            if (properties.getProperty(key) == null) {
                throw problem(key, "is missing");
            }
            String value = optional(key);
            return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
        }

        int integer(String key) {
            String value = text(key);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw problem(key, "'" + value + "' is not a " + (isDecimal(value) ? "whole " : "") + "number");
            }
        }

        BigDecimal decimal(String key) {
            String value = text(key);
            if (!isDecimal(value)) {
                throw problem(key, "'" + value + "' is not a number");
            }
            return new BigDecimal(value);
        }

        private static boolean isDecimal(String value) {
            return value.matches("-?\\d+(\\.\\d+)?");
        }

        <E extends Enum<E>> E constant(String key, String name, Class<E> type, String what) {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw problem(key, "unknown " + what + " '" + name + "', not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        Set<String> keysUnder(String prefix) {
            return properties.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** The numbers of a list's entries, checked to run 1, 2, 3 ... without a gap. */
        List<Integer> numbers(String list) {
            Set<Integer> numbers = new TreeSet<>();
            for (String key : properties.stringPropertyNames()) {
                Matcher entry = LIST_ENTRY.matcher(key);
                if (entry.matches() && entry.group(1).equals(list)) {
                    numbers.add(Integer.parseInt(entry.group(2)));
                }
            }
            for (int expected = 1; expected <= numbers.size(); expected++) {
                if (!numbers.contains(expected)) {
                    throw problem(list + "." + expected + ".key", "is missing: " + list + " entries are numbered 1, 2, 3 ... without a gap");
                }
            }
            return List.copyOf(numbers);
        }

        void refuseUnread() {
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                if (!read.contains(key)) {
                    throw problem(key, "is not a template setting (misspelt?)");
                }
            }
        }

        TenantConfigException problem(String key, String problem) {
            return new TenantConfigException(file, key, problem);
        }
    }
}
