/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;

/**
 * A run folder's {@code summary.json}, typed: the headline figures of one run, as docs/run-folder.md documents
 * them. The run service writes it and every reader (charts, reports, comparisons, the scorecard) reads it through
 * this record, so each figure has one name and one type. Field names are the file's keys in camel case; figures
 * are rounded to three decimals when written.
 *
 * @param stopped why the run stopped itself before its end, or null (then absent from the file)
 */
public record RunSummary(String model, boolean complete, String stopped, long seed, double warmupUs,
        double simulatedUs, double wallSeconds, long engineEvents, double engineEventsPerSecond,
        double simulatedUsPerWallSecond, double peakHeapMib, long traceBytes, double traceBytesPerSimulatedMs,
        List<String> traces, List<Device> devices, List<CpuStream> cpuStreams, CoreSnoops coreSnoops,
        long interSocketBytes, List<PcieLink> pcieLinks, Hazards hazards, List<Memory> memory, List<Flow> flows,
        List<VmExits> vmExits, List<WorkQueue> workQueues, List<MachineCheck> machineChecks, double shutdownAtUs,
        List<Component> components, List<String> warnings) {

    /** Lists absent from the file (an older run's summary) read as empty. */
    public RunSummary {
        traces = orEmpty(traces);
        devices = orEmpty(devices);
        cpuStreams = orEmpty(cpuStreams);
        pcieLinks = orEmpty(pcieLinks);
        memory = orEmpty(memory);
        flows = orEmpty(flows);
        vmExits = orEmpty(vmExits);
        workQueues = orEmpty(workQueues);
        machineChecks = orEmpty(machineChecks);
        components = orEmpty(components);
        warnings = orEmpty(warnings);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
        .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).disableHtmlEscaping().create();

    /** A latency's distribution, in ns. */
    public record Latency(long count, double mean, double p50, double p90, double p99, double max) {
    }

    /**
     * The mean of each part of a DMA transfer's latency, in ns; {@code driver} is its wait for the driver to hand
     * its ring buffer back (0 in a summary written before December 2026).
     */
    public record Split(double link, double iommu, double coherence, double memory, double driver) {
    }

    /** One DMA stream's figures after the warm-up. */
    public record Stream(String name, String direction, long transfers, long bytes, double throughputGbps,
            Latency latencyNs, Split latencySplitMeanNs, long flushedLines, double flushWriteBackNs, long iommuFaults,
            long bounced, double bounceCopyNs, long interrupts, double driverWorkFraction, Latency msiToHandlerNs) {
    }

    /** Snoops a device's DMA caused, by result. */
    public record Snoops(long miss, long cleanHit, long modifiedHit) {
    }

    /** One device: its streams, its snoops, and how busy its upstream link was. */
    public record Device(String name, List<Stream> streams, Snoops snoops, double upstreamLinkUtilisation) {
    }

    /**
     * One CPU access stream: its accesses issued after the warm-up and done by the end, the bytes they moved (the
     * stream's access size each: a line or less to memory, the BAR access size to a device), and the throughput
     * that gives over the measured time.
     */
    public record CpuStream(String name, long accesses, long bytes, double throughputGbps, Latency latencyNs) {
    }

    /** Snoops the cores' own accesses caused, by result. */
    public record CoreSnoops(long cleanHit, long modifiedHit) {
    }

    /** One PCIe link. */
    public record PcieLink(String name, double upstreamUtilisation, double downstreamUtilisation,
            long upstreamWireBytes, long downstreamWireBytes, double upstreamStalledNs) {
    }

    /** Ordering and coherence hazards seen. */
    public record Hazards(long msiBeforeData, long staleRead, long staleWrite) {
    }

    /** One socket's memory and LLC. */
    public record Memory(String socket, long lineReads, long lineWrites, double queuedNs, long llcDmaHits,
            long llcDmaAllocations, double llcDmaHitFraction, long llcWritebacks, long coreWritebacks,
            long backInvalidations) {
    }

    /** One request/response flow; {@code exits} by reason key. */
    public record Flow(String name, String attachment, long transactions, double transactionsPerSecond,
            Latency transactionNs, Map<String, Long> exits, double exitsPerTransaction,
            double backendUsPerTransaction, double mappingUsPerTransaction) {
    }

    /** One VM's exits by reason key. */
    public record VmExits(String vm, Map<String, Long> byReason, long total) {
    }

    /** One shared work queue. */
    public record WorkQueue(String name, long submitted, long retries, long completed, double descriptorsPerSecond,
            long atsMisses, long pageRequests, long deviceTlbInvalidations, Latency descriptorNs) {
    }

    /** One injected machine check and what became of it. */
    public record MachineCheck(String name, double atUs, String outcome) {
    }

    /** One component of the netlist: its parameters as shown, and its statistics after the warm-up. */
    public record Component(String kind, String name, Map<String, String> params, Map<String, Long> stats) {
    }

    /**
     * The number at {@code path} (keys and list indices joined by '/', as in
     * {@code devices/0/streams/0/throughput_gbps}), or NaN when the summary holds no number there.
     */
    public double figure(String path) {
        JsonElement here = GSON.toJsonTree(this);
        for (String step : path.split("/")) {
            if (here != null && here.isJsonArray() && step.matches("\\d{1,9}")
                && Integer.parseInt(step) < here.getAsJsonArray().size()) {
                here = here.getAsJsonArray().get(Integer.parseInt(step));
            } else if (here != null && here.isJsonObject()) {
                here = here.getAsJsonObject().get(step);
            } else {
                return Double.NaN;
            }
        }
        return here != null && here.isJsonPrimitive() && here.getAsJsonPrimitive().isNumber() ? here.getAsDouble()
            : Double.NaN;
    }

    /** Every number of the summary by its path (as {@link #figure} takes it), in the file's order. */
    public Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        collect(GSON.toJsonTree(this), "", figures);
        return figures;
    }

    private static void collect(JsonElement here, String path, Map<String, Double> into) {
        String prefix = path.isEmpty() ? "" : path + "/";
        if (here.isJsonObject()) {
            here.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), prefix + e.getKey(), into));
        } else if (here.isJsonArray()) {
            for (int i = 0; i < here.getAsJsonArray().size(); i++) {
                collect(here.getAsJsonArray().get(i), prefix + i, into);
            }
        } else if (here.isJsonPrimitive() && here.getAsJsonPrimitive().isNumber()) {
            into.put(path, here.getAsDouble());
        }
    }

    /** The summary as the text of {@code summary.json}. */
    public String toJson() {
        return GSON.toJson(this) + "\n";
    }

    /** A summary from the text of a {@code summary.json}; throws {@link JsonParseException} when it is not one. */
    public static RunSummary parse(String json) {
        RunSummary summary = GSON.fromJson(json, RunSummary.class);
        if (summary == null) {
            throw new JsonParseException("empty");
        }
        return summary;
    }

    /** The summary of the run folder {@code run}, or null when it has none or it cannot be read as one. */
    public static RunSummary read(Path run) throws IOException {
        Path file = run.resolve("summary.json");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (RuntimeException damaged) {
            return null;
        }
    }

    /** {@code value} rounded to three decimals, as the summary gives figures. */
    public static double rounded(double value) {
        return Double.isFinite(value) ? Double.parseDouble(String.format(Locale.ROOT, "%.3f", value)) : 0;
    }
}
