/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java runtime's ahead-of-time cache for sweep workers (JDK 25 and later: JEP 483 and JEP 515): the classes a
 * worker loads and links, and the profiles of the methods it runs, kept from one worker's first sweep so that the
 * workers of later sweeps start with them instead of loading, linking and profiling the engine again. On two cores a
 * worker's start-up is work its neighbour cannot do: without the cache each worker spends about two seconds of one
 * core loading the model and engine classes before its first run.
 * <p>
 * One cache per Java runtime, class path (each jar's size and time of change included) and runtime options, in a
 * folder of the user's cache. The first worker started when there is none writes it ({@code -XX:AOTCacheOutput})
 * under a name of its own, and it becomes the cache once that worker has ended well; while a live process holds the
 * marker (it names its process), workers go without. The cache only saves time: when anything about it fails, the
 * worker runs without it, and the runtime itself refuses a cache that does not match its class path.
 */
final class AotCache {

    /** The first runtime that writes a cache in one step while the application runs. */
    private static final int FIRST_FEATURE = 25;
    /** Half-written caches and markers older than this are left-overs of a process that was killed. */
    private static final Duration LEFT_OVER = Duration.ofDays(1);
    /** Caches kept in the folder; older ones (other runtimes, earlier builds) are deleted when one is written. */
    private static final int KEPT = 4;

    private final Path folder;

    /** @param folder where the caches live, created when needed; null for no cache */
    AotCache(Path folder) {
        this.folder = folder;
    }

    /** The user's cache folder for PlatSim's caches: {@code $XDG_CACHE_HOME/platsim/aot}, or {@code ~/.cache/...}. */
    static Path userFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("platsim").resolve("aot");
    }

    /**
     * What a worker with {@code classpath} and runtime {@code options} is started with: to use the cache, to write
     * it, or nothing (an older runtime, a class path with folders, which the runtime's cache does not take, or a
     * cache being written).
     */
    Use plan(String classpath, List<String> options) {
        if (folder == null || Runtime.version().feature() < FIRST_FEATURE) {
            return Use.NONE;
        }
        try {
            String key = key(classpath, options);
            if (key == null) {
                return Use.NONE;
            }
            Path cache = folder.resolve(key + ".aot");
            if (Files.isRegularFile(cache)) {
                return new Use(List.of("-XX:AOTCache=" + cache), null, null);
            }
            Files.createDirectories(folder);
            Path marker = folder.resolve(key + ".training");
            if (!claim(marker)) {
                return Use.NONE;
            }
            Path output = folder.resolve(key + "." + ProcessHandle.current().pid() + "-" + System.nanoTime()
                + ".aot-new");
            return new Use(List.of("-XX:AOTCacheOutput=" + output), output, marker);
        } catch (IOException | RuntimeException e) {
            return Use.NONE;
        }
    }

    /** Takes the marker for this process, when no live process holds it. */
    private static boolean claim(Path marker) throws IOException {
        String me = Long.toString(ProcessHandle.current().pid());
        try {
            Files.writeString(Files.createFile(marker), me);
            return true;
        } catch (FileAlreadyExistsException e) {
            String holder = Files.readString(marker).trim();
            boolean alive = holder.matches("\\d{1,18}")
                && ProcessHandle.of(Long.parseLong(holder)).map(ProcessHandle::isAlive).orElse(false);
            if (alive) {
                return false;
            }
            Files.writeString(marker, me);
            return true;
        }
    }

    /**
     * After a worker that was to write the cache has ended with {@code exitCode}: its cache becomes the one later
     * workers use when it ended well, and is dropped otherwise.
     */
    void ended(Use use, int exitCode) {
        if (use.output() == null) {
            return;
        }
        try {
            if (exitCode == 0 && Files.isRegularFile(use.output()) && Files.size(use.output()) > 0) {
                String name = use.output().getFileName().toString();
                Path cache = folder.resolve(name.substring(0, name.indexOf('.')) + ".aot");
                Files.move(use.output(), cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                pruneBeside(cache);
            }
        } catch (IOException | RuntimeException e) {
            // The cache only saves time: without it the next workers load their classes themselves.
        } finally {
            try {
                Files.deleteIfExists(use.output());
                Files.deleteIfExists(use.marker());
            } catch (IOException e) {
                // as above
            }
        }
    }

    private void pruneBeside(Path kept) throws IOException {
        List<Path> all;
        try (Stream<Path> listed = Files.list(folder)) {
            all = listed.toList();
        }
        List<Path> old = new java.util.ArrayList<>(all.stream()
            .filter(p -> p.toString().endsWith(".aot") && !p.equals(kept))
            .sorted(Comparator.comparing(AotCache::modified).reversed()).skip(KEPT - 1L).toList());
        Instant leftOver = Instant.now().minus(LEFT_OVER);
        all.stream().filter(p -> !p.toString().endsWith(".aot") && modified(p).toInstant().isBefore(leftOver))
            .forEach(old::add);
        for (Path path : old) {
            Files.deleteIfExists(path);
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * A digest of the runtime, its {@code options} and each jar on {@code classpath} (path, size, change time); null
     * with a folder.
     */
    static String key(String classpath, List<String> options) throws IOException {
        StringBuilder text = new StringBuilder(System.getProperty("java.home")).append('\n')
            .append(Runtime.version()).append('\n').append(String.join(" ", options)).append('\n');
        for (String entry : classpath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (!Files.isRegularFile(jar) || !entry.endsWith(".jar")) {
                return null;
            }
            text.append(entry).append('\t').append(Files.size(jar)).append('\t')
                .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        }
        try {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How one worker is started: its extra runtime options, and when it writes the cache, where it writes it and the
     * marker that keeps other workers from writing it at the same time.
     */
    record Use(List<String> options, Path output, Path marker) {
        static final Use NONE = new Use(List.of(), null, null);
    }
}
