/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.memory;

import java.util.function.LongSupplier;

import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;
import io.platsim.engine.resource.Channel;

/**
 * A memory controller with independent channels. Cache lines interleave across channels; each channel serves
 * its accesses first come, first served at its share of the controller's bandwidth, after the idle access
 * latency. Under load, accesses queue, and their latency grows.
 */
public final class MemoryController implements Component {

    /** Cache line size the controller interleaves on, in bytes. */
    public static final int LINE = 64;

    private final String name;
    private final Channel[] channels;
    /** channels - 1 when the channel count is a power of two, else -1. */
    private final int channelMask;
    private final ComponentSpec spec;
    private long reads;
    private long writes;

    /**
     * @param name          for statistics
     * @param channels      number of channels
     * @param latencyPs     idle access latency
     * @param bytesPerSec   bandwidth of the whole controller
     * @param clock         the simulation clock
     */
    public MemoryController(String name, int channels, long latencyPs, double bytesPerSec, LongSupplier clock) {
        if (channels < 1) {
            throw new IllegalArgumentException(name + ": a memory controller needs a channel");
        }
        this.name = name;
        this.channels = new Channel[channels];
        channelMask = Integer.bitCount(channels) == 1 ? channels - 1 : -1;
        for (int i = 0; i < channels; i++) {
            this.channels[i] = new Channel(name + "/ch" + i, latencyPs, bytesPerSec / channels, clock, LINE);
        }
        spec = ComponentSpec.of("memory-controller", name)
            .param("channels", "", channels, "independent channels; lines interleave across them")
            .param("latency", "ps", latencyPs, "idle access latency")
            .param("bandwidth", "B/s", bytesPerSec, "bandwidth of all channels together")
            .port("home", "line reads and writes from the home agent", 1)
            .stat("line_reads", "lines", "lines read", this::reads)
            .stat("line_writes", "lines", "lines written", this::writes)
            .stat("queued", "ps", "time accesses waited for a busy channel", this::queuedPs);
    }

    @Override
    public ComponentSpec spec() {
        return spec;
    }

    public String name() {
        return name;
    }

    /** Reads or writes the line holding {@code address} at {@code nowPs}; returns when the access completes. */
    public long access(long nowPs, long address, boolean write) {
        if (write) {
            writes++;
        } else {
            reads++;
        }
        return channel(address).send(nowPs, LINE);
    }

    private Channel channel(long address) {
        long line = address / LINE;
        return channels[channelMask >= 0 ? (int) (line & channelMask)
            : (int) Long.remainderUnsigned(line, channels.length)];
    }

    public long reads() {
        return reads;
    }

    public long writes() {
        return writes;
    }

    /** Time accesses spent waiting for a busy channel, in ps. */
    public long queuedPs() {
        long total = 0;
        for (Channel channel : channels) {
            total += channel.queuedPs();
        }
        return total;
    }

    /** Bytes moved. */
    public long bytes() {
        return (reads + writes) * LINE;
    }
}
