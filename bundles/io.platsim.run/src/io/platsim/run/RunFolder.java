/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.platsim.model.persistence.PlatsimResource;

/**
 * A run folder while a run writes it, so that the folder never says more than is true. The run holds the folder's
 * lock (the operating system drops it when the process dies, however it dies), so a second run into the same folder
 * is refused; it marks the folder {@value #RUNNING} before it writes anything, and replaces that mark by its
 * {@code summary.json}, written atomically, once every trace is closed. A folder that still holds the mark and no
 * lock is a run that was killed: readers say so instead of reading its traces. An earlier run in the folder is
 * replaced only when asked, and then entirely, before the new one starts.
 */
public final class RunFolder implements AutoCloseable {

    /** File that marks a run folder whose run has not finished, or was killed before it could. */
    public static final String RUNNING = "RUNNING";
    /** The run's summary: written last, atomically. */
    public static final String SUMMARY = "summary.json";
    private static final String LOCK = ".lock";
    /** What a run writes into its folder: what an earlier run left there. */
    private static final List<String> RUN_FILES = List.of(SUMMARY, "traces", Runner.INCOMPLETE, RUNNING,
        Runner.MODEL, "report.html", "export", "trace.json");

    /** A folder a run may not write into, said to the user. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private RunFolder(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes {@code folder} for a run: creates it, takes its lock, clears an earlier run when {@code replace} (else
     * refuses it), and marks it running.
     */
    public static RunFolder open(Path folder, boolean replace) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Refused("cannot write " + folder + ": it is a file, not a folder");
        }
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new Refused(folder + ": another run is writing into this folder; give this one another --out");
        }
        RunFolder run = new RunFolder(folder, channel, lock);
        try {
            if (holdsRun(folder)) {
                if (!replace) {
                    throw new Refused(folder + " holds an earlier run; give another --out, or --force to replace "
                        + "it");
                }
                for (String name : RUN_FILES) {
                    delete(folder.resolve(name));
                }
            }
            Files.writeString(folder.resolve(RUNNING), "A run started writing here and has not finished. If no "
                + "PlatSim process is running, it was killed: its traces are not complete; run the model again.\n");
        } catch (IOException | RuntimeException e) {
            run.close();
            throw e;
        }
        return run;
    }

    /** Whether {@code folder} holds what a run wrote. */
    public static boolean holdsRun(Path folder) {
        return RUN_FILES.stream().anyMatch(name -> Files.exists(folder.resolve(name)));
    }

    /**
     * Why the run in {@code folder} cannot be read, or null when it can: it is still being written, or its run was
     * killed before it finished.
     */
    public static String unfinished(Path folder) {
        // The summary is written last, atomically: with it the run finished, even if a kill came in the instant
        // between its rename and the running mark's removal.
        if (!Files.exists(folder.resolve(RUNNING)) || Files.exists(folder.resolve(SUMMARY))) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return folder + ": a run is still writing into this folder; wait for it to finish";
            }
        } catch (IOException | OverlappingFileLockException e) {
            return folder + ": a run is still writing into this folder; wait for it to finish";
        }
        return folder + ": its run did not finish (it was killed or crashed), so its traces are not complete; run "
            + "the model again";
    }

    /** The run is over: its summary replaces the running mark. */
    void finish(String summary) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(summary.getBytes(StandardCharsets.UTF_8));
        PlatsimResource.writeAtomically(folder.resolve(SUMMARY), bytes);
        Files.deleteIfExists(folder.resolve(RUNNING));
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
