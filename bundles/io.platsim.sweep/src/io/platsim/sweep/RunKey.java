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
import java.util.HexFormat;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import io.platsim.engine.platform.PlatformSimulation;

/**
 * The name of one run of a sweep: a hash of what decides its result (the point's model file, the seed, the
 * simulated time and the engine's version). Two points that come out the same share their runs, and running a
 * sweep again runs only what it has no finished run of.
 */
public final class RunKey {

    private static final String ENGINE_VERSION = readEngineVersion();

    private RunKey() {
    }

    /** The key of a run of {@code model} (its bytes) with {@code seed}, for {@code durationPs} (null: the model's). */
    public static String of(byte[] model, long seed, Long durationPs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(model);
            digest.update(ByteBuffer.allocate(16).putLong(seed).putLong(durationPs == null ? -1 : durationPs)
                .array());
            digest.update(ENGINE_VERSION.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The engine bundle's version, qualifier included, from its manifest; "unknown" when it has none. */
    private static String readEngineVersion() {
        try {
            URL location = PlatformSimulation.class.getProtectionDomain().getCodeSource().getLocation();
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
            String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
            return version == null ? "unknown" : version;
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return "unknown";
        }
    }
}
