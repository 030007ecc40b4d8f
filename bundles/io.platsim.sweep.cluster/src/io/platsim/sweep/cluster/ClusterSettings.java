/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

/**
 * How a PlatSim cluster member joins: the address it binds to (that one only), its port, the members it knows by
 * address (TCP/IP, never multicast), and the cluster's shared secret. Members of different secrets never form one
 * cluster: the secret's hash is part of the cluster's name, which Hazelcast checks at every join. Hazelcast's open
 * edition has no authentication, so this keeps other sweeps' members out; it does not keep out someone who can
 * read the network: run clusters on a private network.
 *
 * @param bind    the address to bind to and to be reached at
 * @param port    the port; a worker takes exactly it, a submitter the first free one from it
 * @param members the other members, as {@code HOST:PORT}
 * @param secret  the shared secret (the environment variable {@value #SECRET_VARIABLE})
 */
public record ClusterSettings(String bind, int port, List<String> members, String secret) {

    /** The environment variable that holds the cluster's secret. */
    public static final String SECRET_VARIABLE = "PLATSIM_CLUSTER_SECRET";
    /** The port a worker takes unless told. */
    public static final int WORKER_PORT = 5701;
    /** The distributed executor that runs a sweep's runs. */
    static final String EXECUTOR = "platsim-runs";
    /** Hazelcast logs what it does at INFO; a sweep's progress line should not drown in it. */
    private static final Logger QUIET = Logger.getLogger("com.hazelcast");

    public ClusterSettings {
        members = List.copyOf(members);
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("no cluster secret: set " + SECRET_VARIABLE
                + " to the same secret on every member");
        }
    }

    /** Hazelcast's configuration of a member: a worker, or a lite member that only submits ({@code lite}). */
    Config config(boolean lite, int workers) {
        QUIET.setLevel(Level.WARNING);
        Config config = new Config();
        config.setClusterName("platsim-" + hash(secret));
        config.setInstanceName("platsim-" + (lite ? "sweep" : "worker") + "-" + bind + "-" + port + "-"
            + System.nanoTime());
        config.setLiteMember(lite);
        config.setClassLoader(ClusterSettings.class.getClassLoader());
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.local.localAddress", bind);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(lite).setPortCount(100);
        network.getInterfaces().setEnabled(true).addInterface(bind);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
        config.addExecutorConfig(new ExecutorConfig(EXECUTOR).setPoolSize(Math.max(1, workers)));
        return config;
    }

    private static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
