/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import io.platsim.sweep.cluster.ClusterSettings;
import io.platsim.sweep.cluster.ClusterWorker;

/**
 * {@code platsim worker}: a cluster member that runs sweeps' runs until it is stopped. It binds to {@code --bind}
 * (127.0.0.1 unless told) on {@code --port} (5701), joins the members {@code --join} names, and shares the secret
 * of the environment variable {@value ClusterSettings#SECRET_VARIABLE} with them.
 */
final class WorkerCommand {

    /** The system property that may hold the secret instead, for a cluster started inside one Java process. */
    static final String SECRET_PROPERTY = "platsim.cluster.secret";

    private WorkerCommand() {
    }

    static int execute(Options options, PrintStream out, PrintStream err) throws Exception {
        int runs = options.positive("workers", Runtime.getRuntime().availableProcessors(), 256);
        ClusterSettings settings = settings(options, options.list("join"), ClusterSettings.WORKER_PORT);
        if (options.get("out") != null) {
            System.setProperty("platsim.worker.dir", Path.of(options.get("out")).toAbsolutePath().toString());
        }
        ClusterWorker worker = ClusterWorker.start(settings, runs);
        Runtime.getRuntime().addShutdownHook(new Thread(worker::close));
        out.println("PlatSim worker at " + settings.bind() + ":" + settings.port() + ", " + runs
            + " runs at once, in a cluster of " + worker.members() + "; stop it with Ctrl+C");
        worker.awaitStop();
        return Cli.OK;
    }

    /** The cluster settings the options give, with the secret from the environment. */
    static ClusterSettings settings(Options options, List<String> members, int defaultPort)
            throws Options.UsageException {
        String secret = System.getenv(ClusterSettings.SECRET_VARIABLE);
        if (secret == null || secret.isBlank()) {
            secret = System.getProperty(SECRET_PROPERTY);
        }
        if (secret == null || secret.isBlank()) {
            throw new Options.UsageException("set " + ClusterSettings.SECRET_VARIABLE + " to the cluster's secret, "
                + "the same on every member");
        }
        for (String member : members) {
            if (!member.matches("[^:\\s]+:\\d{1,5}")) {
                throw new Options.UsageException("'" + member + "' is not a member's HOST:PORT");
            }
        }
        String bind = options.get("bind") == null ? "127.0.0.1" : options.get("bind");
        return new ClusterSettings(bind, options.positive("port", defaultPort, 65_535), members, secret);
    }
}
