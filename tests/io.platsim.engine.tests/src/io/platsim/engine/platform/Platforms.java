/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import java.util.ArrayList;
import java.util.List;

import io.platsim.engine.cache.CacheConfig;
import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.pcie.Generation;
import io.platsim.engine.pcie.LinkConfig;
import io.platsim.engine.platform.PlatformConfig.CpuStreamConfig;
import io.platsim.engine.platform.PlatformConfig.DeviceConfig;
import io.platsim.engine.platform.PlatformConfig.DmaStreamConfig;
import io.platsim.engine.platform.PlatformConfig.InterSocketConfig;
import io.platsim.engine.platform.PlatformConfig.LinkSpec;
import io.platsim.engine.platform.PlatformConfig.MemoryConfig;
import io.platsim.engine.platform.PlatformConfig.SnoopMode;
import io.platsim.engine.platform.PlatformConfig.SocketConfig;

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

    /** The metamodel's default socket: 48 KiB L1, 1.25 MiB L2, 42 MiB LLC, 90 ns memory. */
    public static SocketConfig socket(int index, int dmaWays, SnoopMode mode, int ioDirectoryCache, Protocol protocol,
            Inclusion inclusion) {
        return new SocketConfig("socket" + index, 28, L1, L2, new CacheConfig(42L << 20, 12, 35 * NS), dmaWays,
            inclusion, protocol, 17 * NS, 52 * NS, 10 * NS, mode, ioDirectoryCache, 0,
            new MemoryConfig("s" + index + "-imc", 8, 90 * NS, 187.7e9));
    }

    public static final CacheConfig L1 = new CacheConfig(48 << 10, 12, 2500);
    public static final CacheConfig L2 = new CacheConfig(1280 << 10, 20, 7 * NS);

    /** Gen4 x16, MPS 256, MRRS 512, 64-bit addresses: the NIC's link. */
    public static final LinkConfig GEN4_X16 = new LinkConfig(Generation.GEN4, 16, 64, false, 256, 512, 64, false);
    /**
     * The one link of the test platforms: link 0, from the NIC to a root port, 20 ns of wire, with the credits an
     * Intel Xeon root port advertises at x16 (64 posted headers, 320 posted data credits, 72 non-posted headers).
     */
    public static final LinkSpec NIC_LINK = link("nic-link", GEN4_X16, "rp0", false, 0, "nic", 320);

    /** The test platforms' one root port, on socket 0. */
    public static final List<PlatformConfig.RootPortConfig> ROOT_PORT =
        List.of(new PlatformConfig.RootPortConfig("rp0", 0));

    /** A link of 20 ns of wire from {@code upper} to {@code lower}, with Intel's x16 header credits. */
    public static LinkSpec link(String name, LinkConfig config, String upper, boolean fromSwitch, long forwardingPs,
            String lower, int postedDataCredits) {
        return new LinkSpec(name, config, 20 * NS, upper, fromSwitch, forwardingPs, lower, 64, postedDataCredits, 72);
    }

    public static DeviceConfig nic(boolean relaxed, long interruptPs, boolean coherent, int outstandingReads) {
        return new DeviceConfig("nic", 100 * NS, coherent, relaxed, 0, interruptPs,
            outstandingReads, 64);
    }

    public static DeviceConfig nic(boolean relaxed, long interruptPs, boolean coherent) {
        return nic(relaxed, interruptPs, coherent, 64);
    }

    /** A core touching a buffer on {@code home}: all writes when {@code writeShare} is 1. */
    public static CpuStreamConfig cpu(int socket, int core, double writeShare, double perSec, long window, int home) {
        return new CpuStreamConfig("cpu" + core, socket, core, writeShare, perSec, home * 256 * GIB, window, home, 0,
            false);
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
        return new PlatformConfig(1, 10 * US, durationPs, true, list, upi, ROOT_PORT, List.of(NIC_LINK), List.of(nic),
            streams, cpu);
    }
}
