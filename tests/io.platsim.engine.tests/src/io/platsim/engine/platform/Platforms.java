/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.config.RootPortConfig;
import io.platsim.engine.config.PlatformConfig;
import java.util.ArrayList;
import java.util.List;

import io.platsim.engine.cache.CacheConfig;
import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.Replacement;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.pcie.Generation;
import io.platsim.engine.pcie.LinkConfig;
import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.pcie.DeviceConfig;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.InterSocketConfig;
import io.platsim.engine.pcie.LinkSpec;
import io.platsim.engine.socket.SocketConfig.MemoryConfig;
import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.socket.SocketConfig;

/** Small platforms for engine tests, with the metamodel's default figures. */
public final class Platforms {

    public static final long NS = 1_000;
    public static final long US = 1_000_000;
    public static final long GIB = 1L << 30;

    private Platforms() {
    }

    public static SocketConfig socket(int index, int dmaWays) {
        return socket(index, dmaWays, SnoopMode.HOME_SNOOP);
    }

    public static SocketConfig socket(int index, int dmaWays, SnoopMode mode) {
        return socket(index, dmaWays, mode, 0);
    }

    public static SocketConfig socket(int index, int dmaWays, SnoopMode mode, int ioDirectoryCache) {
        return socket(index, dmaWays, mode, ioDirectoryCache, Protocol.MESIF, Inclusion.NON_INCLUSIVE);
    }

    /** The metamodel's default socket (48 KiB L1, 1.25 MiB L2, 42 MiB LLC), with memory of 90 ns, the tests' own. */
    public static SocketConfig socket(int index, int dmaWays, SnoopMode mode, int ioDirectoryCache, Protocol protocol,
            Inclusion inclusion) {
        return socketBuilder(index, dmaWays, mode, ioDirectoryCache, protocol, inclusion).build();
    }

    /** {@link #socket(int, int, SnoopMode, int, Protocol, Inclusion)}'s socket, to be told more. */
    public static SocketConfig.Builder socketBuilder(int index, int dmaWays, SnoopMode mode, int ioDirectoryCache,
            Protocol protocol, Inclusion inclusion) {
        return SocketConfig.of("socket" + index, 28, new MemoryConfig("s" + index + "-imc", 8, 90 * NS, 187.7e9))
            .caches(L1, L2, new CacheConfig(42L << 20, 12, 35 * NS, Replacement.LRU)).policy(inclusion, protocol)
            .dmaWays(dmaWays)
            .home(10 * NS, 17 * NS, 52 * NS).snoopMode(mode, ioDirectoryCache, 0);
    }

    public static final CacheConfig L1 = new CacheConfig(48 << 10, 12, 2500, Replacement.LRU);
    public static final CacheConfig L2 = new CacheConfig(1280 << 10, 20, 7 * NS, Replacement.LRU);

    /** Gen4 x16, MPS 256, MRRS 512, 64-bit addresses: the NIC's link. */
    public static final LinkConfig GEN4_X16 = LinkConfig.of(Generation.GEN4, 16).sizes(256, 512).build();
    /**
     * The one link of the test platforms: link 0, from the NIC to a root port, 20 ns of wire, with the credits an
     * Intel Xeon root port advertises at x16 (64 posted headers, 320 posted data credits, 72 non-posted headers).
     */
    public static final LinkSpec NIC_LINK = link("nic-link", GEN4_X16, "rp0", false, 0, "nic", 320);

    /** The test platforms' one root port, on socket 0. */
    public static final List<RootPortConfig> ROOT_PORT =
        List.of(new RootPortConfig("rp0", 0, null));

    /** A link of 20 ns of wire from {@code upper} to {@code lower}, with Intel's x16 header credits. */
    public static LinkSpec link(String name, LinkConfig config, String upper, boolean fromSwitch, long forwardingPs,
            String lower, int postedDataCredits) {
        LinkSpec.Builder spec = LinkSpec.of(name, config, upper, lower).wire(20 * NS)
            .credits(64, postedDataCredits, 72);
        return (fromSwitch ? spec.fromSwitch(forwardingPs) : spec).build();
    }

    public static DeviceConfig nic(boolean relaxed, long interruptPs, boolean coherent, int outstandingReads) {
        return nicBuilder(outstandingReads).ordering(coherent, relaxed).interrupts(0, interruptPs).build();
    }

    /** The test platforms' NIC: 100 ns through the root complex, {@code outstandingReads} read tags. */
    public static DeviceConfig.Builder nicBuilder(int outstandingReads) {
        return DeviceConfig.of("nic", 100 * NS, outstandingReads);
    }

    public static DeviceConfig nic(boolean relaxed, long interruptPs, boolean coherent) {
        return nic(relaxed, interruptPs, coherent, 64);
    }

    /** A core touching a buffer on {@code home}: all writes when {@code writeShare} is 1. */
    public static CpuStreamConfig cpu(int socket, int core, double writeShare, double perSec, long window, int home) {
        return CpuStreamConfig.of("cpu" + core, socket, core).accesses(perSec, writeShare)
            .buffer(home * 256 * GIB, window, home).build();
    }

    public static DmaStreamConfig stream(boolean write, int size, double gbps, long window, int home, int msiEvery) {
        return DmaStreamConfig.of("s", 0, write).size(size).rate(gbps * 1e9 / 8)
            .buffer(home * 256 * GIB, window, home).interruptEvery(msiEvery).build();
    }

    /** One or two sockets, one NIC on socket 0, the given streams. */
    public static PlatformConfig platform(int sockets, int dmaWays, DeviceConfig nic, List<DmaStreamConfig> streams,
            List<CpuStreamConfig> cpu, long durationPs) {
        return platform(sockets, dmaWays, SnoopMode.HOME_SNOOP, nic, streams, cpu, durationPs);
    }

    public static PlatformConfig platform(int sockets, int dmaWays, SnoopMode mode, DeviceConfig nic,
            List<DmaStreamConfig> streams, List<CpuStreamConfig> cpu, long durationPs) {
        List<SocketConfig> list = new ArrayList<>();
        for (int i = 0; i < sockets; i++) {
            list.add(socket(i, dmaWays, mode));
        }
        InterSocketConfig upi = sockets > 1 ? new InterSocketConfig("upi", 50 * NS, 22.4e9) : null;
        return PlatformConfig.of(1, 10 * US, durationPs).sockets(list, upi).rootPorts(ROOT_PORT)
            .links(List.of(NIC_LINK)).devices(List.of(nic)).streams(streams).cpuStreams(cpu).build();
    }
}
