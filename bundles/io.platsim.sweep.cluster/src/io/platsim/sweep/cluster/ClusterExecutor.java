/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.hazelcast.cluster.MemberSelector;
import com.hazelcast.cluster.memberselector.MemberSelectors;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;

import io.platsim.model.persistence.PlatsimResource;
import io.platsim.run.Runner;
import io.platsim.sweep.exec.RunTask;
import io.platsim.sweep.exec.SweepExecutor;
import io.platsim.sweep.exec.TaskResult;
import io.platsim.sweep.exec.TaskResult.Status;

/**
 * Runs a sweep's runs on a cluster of PlatSim workers through Hazelcast's distributed executor. This process joins
 * as a lite member (it holds no data and runs nothing), sends each run with its point's model to a worker, and
 * writes what comes back (the summary, and the traces when asked) into the run's folder here, so a cluster sweep's
 * results folder reads like a local one's. A run whose worker leaves the cluster is sent to another; the same
 * seeds give the same figures wherever a run ran.
 */
public final class ClusterExecutor implements SweepExecutor, AutoCloseable {

    /** Sends to one run before it is given up: a run that loses this many workers is not the workers' fault. */
    private static final int ATTEMPTS = 5;
    private static final MemberSelector WORKERS = MemberSelectors.DATA_MEMBER_SELECTOR;

    private final HazelcastInstance member;
    private final boolean fetchTraces;

    /** Joins the cluster {@code settings} name; {@code fetchTraces} brings each run's traces back here. */
    public ClusterExecutor(ClusterSettings settings, boolean fetchTraces) {
        this.member = Hazelcast.newHazelcastInstance(settings.config(true, 1));
        this.fetchTraces = fetchTraces;
    }

    /** The workers in the cluster now. */
    public int workers() {
        return (int) member.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).count();
    }

    @Override
    public String describe() {
        int workers = workers();
        return "a cluster of " + workers + (workers == 1 ? " worker" : " workers");
    }

    @Override
    public void run(List<RunTask> tasks, Consumer<TaskResult> done, BooleanSupplier cancelled)
            throws InterruptedException {
        CountDownLatch left = new CountDownLatch(tasks.size());
        Map<String, Integer> attempts = new ConcurrentHashMap<>();
        Object handing = new Object();
        Consumer<TaskResult> finish = result -> {
            synchronized (handing) {
                done.accept(result);
            }
            left.countDown();
        };
        for (RunTask task : tasks) {
            send(task, attempts, finish, cancelled);
        }
        while (!left.await(100, TimeUnit.MILLISECONDS)) {
            if (cancelled.getAsBoolean()) {
                return;
            }
        }
    }

    private void send(RunTask task, Map<String, Integer> attempts, Consumer<TaskResult> finish,
            BooleanSupplier cancelled) {
        int attempt = attempts.merge(task.key(), 1, Integer::sum);
        byte[] model;
        try {
            model = Files.readAllBytes(Path.of(task.model()));
        } catch (IOException e) {
            finish.accept(new TaskResult(task, Status.FAILED, "cannot read its model: " + e.getMessage(), 0, null));
            return;
        }
        try {
            member.getExecutorService(ClusterSettings.EXECUTOR).submit(new RemoteRun(task, model, fetchTraces),
                WORKERS, new ExecutionCallback<RemoteRun.Result>() {
                    @Override
                    public void onResponse(RemoteRun.Result result) {
                        finish.accept(store(task, result));
                    }

                    @Override
                    public void onFailure(Throwable e) {
                        if (workerLost(e) && attempt < ATTEMPTS && !cancelled.getAsBoolean()) {
                            try {
                                send(task, attempts, finish, cancelled);
                            } catch (RuntimeException again) {
                                // this member itself is gone: the run cannot be sent again
                                finish.accept(new TaskResult(task, Status.FAILED, "on the cluster: " + cause(again),
                                    0, null));
                            }
                        } else {
                            finish.accept(new TaskResult(task, Status.FAILED, "on the cluster: " + cause(e), 0,
                                null));
                        }
                    }
                });
        } catch (RejectedExecutionException e) {
            finish.accept(new TaskResult(task, Status.FAILED, "no worker in the cluster to run it", 0, null));
        }
    }

    /** Writes a run that came back into its folder here: the model it ran, its traces, then its summary. */
    private static TaskResult store(RunTask task, RemoteRun.Result remote) {
        TaskResult result = remote.result();
        if (result.status() != Status.OK) {
            return result;
        }
        try {
            Path folder = Files.createDirectories(Path.of(task.folder()));
            // What an earlier, unfinished run left here goes first: the folder holds this run alone.
            Files.deleteIfExists(folder.resolve(Runner.INCOMPLETE));
            Files.deleteIfExists(folder.resolve(io.platsim.run.RunFolder.RUNNING));
            if (Files.isDirectory(folder.resolve("traces"))) {
                try (var old = Files.list(folder.resolve("traces"))) {
                    for (Path file : old.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            Files.copy(Path.of(task.model()), folder.resolve(Runner.MODEL), StandardCopyOption.REPLACE_EXISTING);
            if (!remote.traces().isEmpty()) {
                Path traces = Files.createDirectories(folder.resolve("traces"));
                for (Map.Entry<String, byte[]> file : remote.traces().entrySet()) {
                    Files.write(traces.resolve(Path.of(file.getKey()).getFileName()), file.getValue());
                }
            }
            ByteArrayOutputStream summary = new ByteArrayOutputStream();
            summary.writeBytes(result.summary().getBytes(StandardCharsets.UTF_8));
            PlatsimResource.writeAtomically(folder.resolve("summary.json"), summary);
            return result;
        } catch (IOException e) {
            return new TaskResult(task, Status.FAILED, "ran, but its results could not be written here: "
                + e.getMessage(), result.wallSeconds(), null);
        }
    }

    private static boolean workerLost(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof MemberLeftException || cause instanceof TargetNotMemberException
            || cause instanceof TargetDisconnectedException || cause instanceof HazelcastInstanceNotActiveException;
    }

    private static String cause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    @Override
    public void close() {
        member.shutdown();
    }
}
