/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import io.platsim.compiler.ModelCompiler;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.model.Platform;
import io.platsim.run.Runner;

/**
 * The name of one run of a sweep: a hash of what decides its result (the point's model file, the seed, the
 * simulated time and the versions of the bundles that turn them into a run's files). Two points that come out the
 * same share their runs, and running a sweep again runs only what it has no finished run of.
 */
public final class RunKey {

    /**
     * Each bundle a run's files depend on, by its symbolic name, with its version: the model (how a file loads,
     * its defaults and their upgrades), the compiler (how it maps onto the engine), the engine, and the run service
     * (the trace files and the summary). A change to any of them, shipped on its own, names new runs.
     */
    private static final Map<String, String> VERSIONS = versions(Platform.class, ModelCompiler.class,
        PlatformSimulation.class, Runner.class);

    private RunKey() {
    }

    /** The key of a run of {@code model} (its bytes) with {@code seed}, for {@code durationPs} (null: the model's). */
    public static String of(byte[] model, long seed, Long durationPs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(model);
            digest.update(ByteBuffer.allocate(16).putLong(seed).putLong(durationPs == null ? -1 : durationPs)
                .array());
            VERSIONS.forEach((bundle, version) -> digest.update((bundle + '=' + version + '\n')
                .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The bundles whose versions go into every key, by symbolic name, with their versions, in a fixed order. */
    public static Map<String, String> versions() {
        return VERSIONS;
    }

    private static Map<String, String> versions(Class<?>... types) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Class<?> type : types) {
            Manifest manifest = manifest(type);
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
            versions.put(name == null ? type.getPackageName() : name.split(";")[0].trim(),
                version == null ? "unknown" : version);
        }
        return Collections.unmodifiableMap(versions);
    }

    /** The manifest of the jar or folder {@code type} was loaded from; null when it has none. */
    private static Manifest manifest(Class<?> type) {
        try {
            URL location = type.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(location.toURI());
            Manifest manifest;
            if (Files.isDirectory(path)) {
                Path file = path.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(file)) {
                    file = path.getParent().resolve("META-INF/MANIFEST.MF");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    manifest = new Manifest(in);
                }
            } else {
                try (JarFile jar = new JarFile(path.toFile())) {
                    manifest = jar.getManifest();
                }
            }
            return manifest;
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return null;
        }
    }
}
