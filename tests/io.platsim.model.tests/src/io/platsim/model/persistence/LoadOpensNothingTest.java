/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.templates.Templates;

/**
 * A model opens nothing but itself: schema locations, unknown namespaces and package references written in a file
 * are never followed, whether they name a local file or a URL. A FIFO stands for the file (opening it would block
 * the load) and a local server records every connection.
 */
class LoadOpensNothingTest {

    private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    @TempDir
    Path temp;
    private String good;
    private Path fifo;
    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        Path file = temp.resolve("good.platsim");
        ModelFiles.save(Templates.small("lab"), file);
        good = Files.readString(file, StandardCharsets.UTF_8);
        fifo = temp.resolve("canary");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    /** Loads {@code text}: within a second, without a thrown exception, and without touching the canaries. */
    private LoadResult load(String text) throws IOException {
        Path file = temp.resolve("attack.platsim");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> ModelFiles.load(file),
            "the load waited for something the model named");
        assertEquals(0, connections.get(), "the load connected to the URL the model named");
        return result;
    }

    /** The model with {@code attributes} added to its root element. */
    private String withRootAttributes(String attributes) {
        return good.replaceFirst("<platsim:Platform ", "<platsim:Platform " + attributes + " ");
    }

    @Test
    void aSchemaLocationOfItsOwnNamespaceIsNotFollowed() throws IOException {
        String text = withRootAttributes("xsi:schemaLocation=\"http://platsim.io/model/1.0 " + fifo.toUri() + "\"");
        assertTrue(load(text).ok(), "PlatSim's namespace is known: the location is ignored");
        String remote = withRootAttributes("xsi:schemaLocation=\"http://platsim.io/model/1.0 " + url("m.ecore")
            + "\"");
        assertTrue(load(remote).ok());
    }

    @Test
    void aSchemaLocationWithoutANamespaceIsNotFollowed() throws IOException {
        load(withRootAttributes("xsi:noNamespaceSchemaLocation=\"" + fifo.toUri() + "\""));
        load(withRootAttributes("xsi:noNamespaceSchemaLocation=\"" + url("n.ecore") + "\""));
    }

    @Test
    void anUnknownNamespaceIsAnErrorNotADownload() throws IOException {
        for (String location : new String[] {fifo.toUri().toString(), url("evil.ecore")}) {
            String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<evil:Platform xmlns:evil=\"" + url("ns")
                + "\" " + XSI + " xsi:schemaLocation=\"" + url("ns") + " " + location + "\" name=\"x\"/>\n";
            LoadResult result = load(text);
            assertTrue(!result.ok() && result.errors().get(0).text().contains("attack.platsim"),
                result.errors().toString());
        }
    }

    @Test
    void anElementOfAnUnknownNamespaceInsideAModelIsNotADownload() throws IOException {
        String text = withRootAttributes("xmlns:evil=\"" + url("ns") + "\" xsi:schemaLocation=\"" + url("ns") + " "
            + fifo.toUri() + "\"").replaceFirst("</platsim:Platform>", "<evil:thing/></platsim:Platform>");
        load(text);
        load(withRootAttributes("xmlns:evil=\"" + fifo.toUri() + "\"")
            .replaceFirst("</platsim:Platform>", "<evil:thing/></platsim:Platform>"));
    }
}
