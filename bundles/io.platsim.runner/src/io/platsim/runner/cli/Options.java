/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.platsim.run.Runner;

/** One positional argument and {@code --name value} options. */
public final class Options {

    private static final Set<String> KNOWN = Set.of("duration", "seed", "out", "trace", "format", "folders", "workers",
        "heap", "cluster", "join", "bind", "port");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("force", "fetch-traces");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(ps|ns|us|ms|s)");

    /** Wrong usage, said to the user. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    final String target;
    private final Map<String, String> values;

    private Options(String target, Map<String, String> values) {
        this.target = target;
        this.values = values;
    }

    public static Options parse(List<String> args) throws UsageException {
        return parse(args, true);
    }

    /** Parses {@code args}; {@code needsTarget} says whether the positional argument must be there. */
    public static Options parse(List<String> args, boolean needsTarget) throws UsageException {
        String target = null;
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (FLAGS.contains(name)) {
                    values.put(name, "true");
                    continue;
                }
                if (!KNOWN.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                String value = args.get(++i);
                if (value.isBlank()) {
                    throw new UsageException("--" + name + " needs a value, not an empty one");
                }
                values.put(name, value);
            } else if (target == null) {
                target = arg;
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        if (target == null && needsTarget) {
            throw new UsageException("name a model file, a folder or a run folder");
        }
        if (target != null && !needsTarget) {
            throw new UsageException("unexpected argument '" + target + "'");
        }
        return new Options(target, values);
    }

    /** These options with flag {@code name} (such as {@code --force}) given too. */
    Options with(String name) {
        Map<String, String> more = new HashMap<>(values);
        more.put(name, "true");
        return new Options(target, more);
    }

    String get(String name) {
        return values.get(name);
    }

    /** Whether flag {@code name} (such as {@code --force}) was given. */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A duration such as {@code 10ms}, {@code 500us} or {@code 2.5ns}, in picoseconds; null when absent. */
    public Long durationPs() throws UsageException {
        String text = values.get("duration");
        if (text == null) {
            return null;
        }
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException("--duration '" + text + "' is not a duration such as 10ms, 500us or 2s");
        }
        double factor = switch (m.group(2)) {
            case "ps" -> 1;
            case "ns" -> 1e3;
            case "us" -> 1e6;
            case "ms" -> 1e9;
            default -> 1e12;
        };
        double ps = Double.parseDouble(m.group(1)) * factor;
        if (ps < 1 || ps > 1e17) {
            throw new UsageException("--duration '" + text + "' is out of range");
        }
        return Math.round(ps);
    }

    /** A whole number option between 1 and {@code max}; {@code fallback} when absent. */
    int positive(String name, int fallback, int max) throws UsageException {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--" + name + " '" + text + "' is not a whole number from 1 to " + max);
    }

    /** A list option such as {@code --join a:5701,b:5701}; empty when absent. */
    List<String> list(String name) {
        String text = values.get(name);
        return text == null ? List.of() : java.util.Arrays.stream(text.split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
    }

    Long seed() throws UsageException {
        String text = values.get("seed");
        try {
            return text == null ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed '" + text + "' is not a whole number");
        }
    }

    /** Trace kinds asked for on the command line; null when the option is absent. */
    public Set<String> traceKinds() throws UsageException {
        String text = values.get("trace");
        if (text == null) {
            return null;
        }
        if (text.equals("all")) {
            return Runner.KINDS;
        }
        if (text.equals("none")) {
            return Set.of();
        }
        Set<String> kinds = Set.of(text.split(","));
        for (String kind : kinds) {
            if (!Runner.KINDS.contains(kind)) {
                throw new UsageException("--trace: unknown kind '" + kind + "'; use " + String.join(",",
                    new java.util.TreeSet<>(Runner.KINDS)) + ", all or none");
            }
        }
        return kinds;
    }
}
