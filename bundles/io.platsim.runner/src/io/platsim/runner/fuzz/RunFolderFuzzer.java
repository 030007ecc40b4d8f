/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import io.platsim.runner.cli.Cli;

/**
 * Damaged copies of a finished run folder through the readers a user has: {@code export-trace} as CSV and as
 * Perfetto JSON, and {@code report}. Each damage (a file cut short, a flipped bit, a run of bytes overwritten, a
 * file removed) hits one of the folder's traces, its track names or its summary. Every reader must either read
 * exactly what the undamaged folder gives or refuse with exit code 2 and leave no output file; none may print a
 * stack trace or call the damage an internal error.
 */
public final class RunFolderFuzzer {

    /** The figures of a pass: damaged folders, how the readers took them, and what went wrong. */
    public record Result(int folders, int refused, int readAsBefore, List<String> failures) {
    }

    private enum Damage { CUT, FLIP, OVERWRITE, REMOVE }

    private RunFolderFuzzer() {
    }

    /** Damages copies of {@code run} {@code count} times, drawn from {@code seed}, in {@code folder}. */
    public static Result fuzz(Path run, int count, long seed, Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(run)) {
            all.filter(Files::isRegularFile).filter(RunFolderFuzzer::damageable).sorted().forEach(files::add);
        }
        Path reference = folder.resolve("reference");
        Reading before = read(run, reference);
        if (before.code() != Cli.OK) {
            throw new IOException(run + " does not read before any damage: " + before.err());
        }
        SplittableRandom random = new SplittableRandom(seed);
        int refused = 0;
        int same = 0;
        List<String> failures = new ArrayList<>();
        Path copy = folder.resolve("damaged");
        for (int i = 0; i < count; i++) {
            delete(copy);
            copyTree(run, copy);
            Path target = copy.resolve(run.relativize(files.get(random.nextInt(files.size()))));
            String damage = damage(target, random);
            String what = "folder " + i + " (" + copy.relativize(target) + " " + damage + ")";
            Path output = folder.resolve("output");
            delete(output);
            Reading after = read(copy, output);
            String wrong = judge(before, after);
            if (wrong != null) {
                Path kept = folder.resolve("failure-" + i);
                delete(kept);
                copyTree(copy, kept);
                failures.add(what + ", kept in " + kept + ": " + wrong);
            } else if (after.code() == Cli.OK) {
                same++;
            } else {
                refused++;
            }
        }
        delete(copy);
        delete(folder.resolve("output"));
        delete(reference);
        return new Result(count, refused, same, failures);
    }

    private static boolean damageable(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".pst") || name.equals("tracks.txt") || name.equals("summary.json");
    }

    /** What the three readers gave for one folder: exit codes, what they wrote and what they printed. */
    private record Reading(int code, int[] codes, String csv, String perfetto, boolean reportWritten, String err) {
    }

    private static Reading read(Path run, Path output) throws IOException {
        Files.createDirectories(output);
        StringBuilder err = new StringBuilder();
        int csv = cli(err, "export-trace", run.toString(), "--format", "csv", "--out",
            output.resolve("csv").toString());
        int perfetto = cli(err, "export-trace", run.toString(), "--format", "perfetto", "--out",
            output.resolve("trace.json").toString());
        int report = cli(err, "report", run.toString(), "--out", output.resolve("report.html").toString());
        int[] codes = {csv, perfetto, report};
        int code = Arrays.stream(codes).max().getAsInt();
        return new Reading(code, codes, concatenated(output.resolve("csv")), text(output.resolve("trace.json")),
            Files.exists(output.resolve("report.html")), err.toString());
    }

    /** Null when {@code after} is a right reading of a damaged folder, else what is wrong with it. */
    private static String judge(Reading before, Reading after) {
        if (after.err().contains("\tat ") || after.err().contains("internal error")) {
            return "a reader failed inside: " + after.err();
        }
        for (int code : after.codes()) {
            if (code != Cli.OK && code != Cli.INVALID_MODEL) {
                return "exit code " + code + ": " + after.err();
            }
        }
        if (after.codes()[0] == Cli.INVALID_MODEL && !after.csv().isEmpty()) {
            return "a refused CSV export left files";
        }
        if (after.codes()[1] == Cli.INVALID_MODEL && after.perfetto() != null) {
            return "a refused Perfetto export left its file";
        }
        if (after.codes()[2] == Cli.INVALID_MODEL && after.reportWritten()) {
            return "a refused report left its file";
        }
        if (after.codes()[0] == Cli.OK && !after.csv().equals(before.csv())) {
            return "the CSV export read other rows and said nothing";
        }
        if (after.codes()[1] == Cli.OK && !after.perfetto().equals(before.perfetto())) {
            // Track names are labels: a damaged tracks.txt may rename threads, never change an event.
            return sameEvents(before.perfetto(), after.perfetto()) ? null
                : "the Perfetto export read other events and said nothing";
        }
        return null;
    }

    /** Whether two Perfetto exports hold the same events, whatever their threads are named (track names). */
    private static boolean sameEvents(String a, String b) {
        return withoutNames(a).equals(withoutNames(b));
    }

    private static String withoutNames(String perfetto) {
        return perfetto.lines().filter(line -> !line.contains("\"thread_name\""))
            .map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line).toList().toString();
    }

    private static int cli(StringBuilder err, String... args) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int code = Cli.execute(args, new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(text, true, StandardCharsets.UTF_8));
        err.append(text.toString(StandardCharsets.UTF_8));
        return code;
    }

    private static String damage(Path file, SplittableRandom random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Damage damage = Damage.values()[random.nextInt(Damage.values().length)];
        if (bytes.length == 0 || damage == Damage.REMOVE) {
            Files.delete(file);
            return "removed";
        }
        int at = random.nextInt(bytes.length);
        switch (damage) {
            case CUT -> {
                Files.write(file, Arrays.copyOf(bytes, at));
                return "cut to " + at + " of " + bytes.length + " bytes";
            }
            case FLIP -> {
                int bit = random.nextInt(8);
                bytes[at] ^= (byte) (1 << bit);
                Files.write(file, bytes);
                return "bit " + bit + " of byte " + at + " flipped";
            }
            default -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(16));
                for (int k = 0; k < length; k++) {
                    bytes[at + k] = (byte) random.nextInt(256);
                }
                Files.write(file, bytes);
                return length + " bytes overwritten at " + at;
            }
        }
    }

    private static String concatenated(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                all.append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        }
        return all.toString();
    }

    private static String text(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals(".lock")) {
                    Files.copy(source, target);
                }
            }
        }
    }

    static void delete(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> all = Files.walk(tree)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
