/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workers' ahead-of-time cache: the first worker writes it, one at a time, it becomes the cache only when that
 * worker ended well, later workers start from it, and a rebuilt jar or a class folder means no cache.
 */
class AotCacheTest {

    private static final List<String> OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC");

    @TempDir
    Path temp;

    private Path folder;
    private String classpath;

    @BeforeEach
    void jars() throws Exception {
        folder = temp.resolve("aot");
        Path engine = Files.writeString(temp.resolve("engine.jar"), "engine");
        Path model = Files.writeString(temp.resolve("model.jar"), "model");
        classpath = engine + File.pathSeparator + model;
    }

    /** Whether this runtime writes the cache; before Java 25 a worker starts without one, which this checks. */
    private boolean supported() {
        if (Runtime.version().feature() >= 25) {
            return true;
        }
        assertEquals(List.of(), new AotCache(folder).plan(classpath, OPTIONS).options(), "no cache before Java 25");
        return false;
    }

    private static String option(AotCache.Use use) {
        assertEquals(1, use.options().size(), use.options().toString());
        return use.options().get(0);
    }

    @Test
    void theFirstWorkerWritesTheCacheAndLaterWorkersStartFromIt() throws Exception {
        if (!supported()) {
            return;
        }
        AotCache cache = new AotCache(folder);
        AotCache.Use training = cache.plan(classpath, OPTIONS);
        assertTrue(option(training).startsWith("-XX:AOTCacheOutput="), option(training));
        assertEquals(List.of(), cache.plan(classpath, OPTIONS).options(), "a second worker meanwhile goes without");
        Files.writeString(training.output(), "classes and profiles");
        cache.ended(training, 0);
        AotCache.Use later = cache.plan(classpath, OPTIONS);
        assertTrue(option(later).startsWith("-XX:AOTCache="), option(later));
        Path written = Path.of(option(later).substring("-XX:AOTCache=".length()));
        assertEquals("classes and profiles", Files.readString(written));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(written), left.toList(), "no marker and no half-written cache are left");
        }
    }

    @Test
    void aWorkerThatEndsBadlyLeavesNoCacheAndTheNextOneWritesIt() throws Exception {
        if (!supported()) {
            return;
        }
        AotCache cache = new AotCache(folder);
        AotCache.Use training = cache.plan(classpath, OPTIONS);
        Files.writeString(training.output(), "half");
        cache.ended(training, 3);
        assertFalse(Files.exists(training.output()));
        assertTrue(option(cache.plan(classpath, OPTIONS)).startsWith("-XX:AOTCacheOutput="),
            "the next worker writes it");
    }

    @Test
    void aRebuiltJarOtherOptionsOrAClassFolderTakeNoOldCache() throws Exception {
        if (!supported()) {
            return;
        }
        AotCache cache = new AotCache(folder);
        AotCache.Use training = cache.plan(classpath, OPTIONS);
        Files.writeString(training.output(), "classes and profiles");
        cache.ended(training, 0);
        assertTrue(option(cache.plan(classpath, OPTIONS)).startsWith("-XX:AOTCache="));
        assertTrue(option(cache.plan(classpath, List.of("-Xmx64g"))).startsWith("-XX:AOTCacheOutput="),
            "another heap is another cache: the runtime refuses one written with other options");
        Path engine = temp.resolve("engine.jar");
        FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(engine).toMillis() + 60_000);
        Files.setLastModifiedTime(engine, later);
        assertTrue(option(cache.plan(classpath, OPTIONS)).startsWith("-XX:AOTCacheOutput="),
            "a rebuilt jar is another class path: a worker writes its cache anew");
        Path classes = Files.createDirectories(temp.resolve("classes"));
        assertEquals(List.of(), cache.plan(classpath + File.pathSeparator + classes, OPTIONS).options(),
            "the runtime's cache takes jars only");
    }

    @Test
    void aMarkerLeftByAProcessThatIsGoneDoesNotKeepOthersFromWritingTheCache() throws Exception {
        if (!supported()) {
            return;
        }
        Files.createDirectories(folder);
        String key = AotCache.key(classpath, OPTIONS);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long gone = new ProcessBuilder(java, "-version").start().onExit().get().pid();
        Files.writeString(folder.resolve(key + ".training"), Long.toString(gone));
        assertTrue(option(new AotCache(folder).plan(classpath, OPTIONS)).startsWith("-XX:AOTCacheOutput="),
            "the process that held the marker has ended");
        assertEquals(List.of(), new AotCache(folder).plan(classpath, OPTIONS).options(),
            "now this process holds it, and it is alive");
    }
}
