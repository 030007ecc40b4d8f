/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.List;

import io.platsim.model.Device;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.InterruptMode;
import io.platsim.model.LoadMode;
import io.platsim.model.MsiRoute;
import io.platsim.model.Nic;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;
import io.platsim.model.Workload;
import io.platsim.model.validation.Problems;
import io.platsim.model.validation.Rule;

/** Rules on devices, their capabilities and their interrupts. */
public final class DeviceRules {

    private DeviceRules() {
    }

    public static List<Rule> rules() {
        return List.of(
            Rule.error("interrupt-vectors", "MSI has 1 to 32 vectors, a power of two; MSI-X 1 to 2048.",
                DeviceRules::vectors),
            Rule.error("pri-needs-ats", "PRI needs ATS, and ATS a device TLB.", DeviceRules::priAts),
            Rule.warning("nic-line-rate", "The DMA streams of a NIC and its VFs offer no more, each way, than its "
                + "line rate.", DeviceRules::lineRates),
            Rule.error("vf-count", "A physical function has as many VFs as it offers, and a VF's PF is a PF.",
                DeviceRules::virtualFunctions),
            Rule.error("msi-route-target", "An MSI route targets exactly one host core or vCPU of this platform.",
                DeviceRules::routeTarget),
            Rule.error("msi-route-vector", "An MSI route's vector exists in its device's table.", (p, out) -> {
                for (MsiRoute r : p.getMsiRoutes()) {
                    Device d = r.getDevice();
                    if (!Checks.inPlatform(p, d)) {
                        out.report(r, Literals.MSI_ROUTE__DEVICE, "names no device of this platform");
                    } else if (r.getVector() < 0 || r.getVector() >= d.getInterruptVectors()) {
                        out.report(r, Literals.MSI_ROUTE__VECTOR, "vector " + r.getVector() + " is not in "
                            + Checks.name(d) + "'s table of " + d.getInterruptVectors() + " vectors");
                    }
                }
            }));
    }

    private static void lineRates(Platform p, Problems out) {
        for (Device d : p.getDevices()) {
            if (!(d instanceof Nic nic) || nic.getPhysicalFunction() != null) {
                continue;
            }
            // Receive (the NIC writes memory) and transmit (it reads) each have the wire's rate.
            for (DmaDirection direction : DmaDirection.values()) {
                double offered = 0;
                for (Workload w : p.getWorkloads()) {
                    if (w instanceof DmaStream s && w.isEnabled() && s.getLoadMode() == LoadMode.RATE
                            && s.getDirection() == direction && (s.getDevice() == nic
                                || s.getDevice() instanceof Nic vf && vf.getPhysicalFunction() == nic)) {
                        offered += s.getRateGbps();
                        if (offered > nic.getLineRateGbps()) {
                            out.report(s, Literals.DMA_STREAM__RATE_GBPS, String.format("takes what %s's streams "
                                + "offer %s to %.1f Gb/s, more than its %.1f Gb/s line rate brings", Checks.name(nic),
                                direction == DmaDirection.WRITE ? "into memory" : "from memory", offered,
                                nic.getLineRateGbps()));
                            break;
                        }
                    }
                }
            }
        }
    }

    private static void vectors(Platform p, Problems out) {
        for (Device d : p.getDevices()) {
            int n = d.getInterruptVectors();
            if (d.getInterruptMode() == InterruptMode.MSI && (n < 1 || n > 32 || !Checks.powerOfTwo(n))) {
                out.report(d, Literals.DEVICE__INTERRUPT_VECTORS, n
                    + " MSI vectors is not allowed; MSI has 1, 2, 4, 8, 16 or 32 (use MSI-X for more)");
            } else if (d.getInterruptMode() == InterruptMode.MSI_X && (n < 1 || n > 2048)) {
                out.report(d, Literals.DEVICE__INTERRUPT_VECTORS, n + " MSI-X vectors is outside 1..2048");
            }
        }
    }

    private static void priAts(Platform p, Problems out) {
        for (Device d : p.getDevices()) {
            if (d.isPriEnabled() && !d.isAtsEnabled()) {
                out.report(d, Literals.DEVICE__PRI_ENABLED, "PRI asks for pages on a translation miss, which "
                    + "needs ATS; enable ATS or disable PRI");
            } else if (d.isAtsEnabled() && d.getDeviceTlbEntries() < 1) {
                out.report(d, Literals.DEVICE__DEVICE_TLB_ENTRIES, "ATS caches translations in the device TLB, "
                    + "which needs at least one entry");
            }
        }
    }

    private static void virtualFunctions(Platform p, Problems out) {
        for (Device pf : p.getDevices()) {
            if (pf.getPhysicalFunction() != null) {
                if (!Checks.inPlatform(p, pf.getPhysicalFunction())) {
                    out.report(pf, Literals.DEVICE__PHYSICAL_FUNCTION, "names no device of this platform");
                } else if (pf.getPhysicalFunction().getPhysicalFunction() != null) {
                    out.report(pf, Literals.DEVICE__PHYSICAL_FUNCTION, Checks.name(pf.getPhysicalFunction())
                        + " is itself a virtual function");
                }
                continue;
            }
            long vfs = p.getDevices().stream().filter(d -> d.getPhysicalFunction() == pf).count();
            if (vfs > pf.getVirtualFunctions()) {
                out.report(pf, Literals.DEVICE__VIRTUAL_FUNCTIONS, vfs + " virtual functions name it but it "
                    + "offers " + pf.getVirtualFunctions());
            }
        }
    }

    private static void routeTarget(Platform p, Problems out) {
        for (MsiRoute r : p.getMsiRoutes()) {
            boolean core = r.getTargetCore() != null;
            boolean vcpu = r.getTargetVcpu() != null;
            if (core == vcpu) {
                out.report(r, Literals.MSI_ROUTE__TARGET_CORE, core ? "names both a host core and a vCPU; pick one"
                    : "names neither a host core nor a vCPU");
            } else if (core && !Checks.inPlatform(p, r.getTargetCore())) {
                out.report(r, Literals.MSI_ROUTE__TARGET_CORE, "names no core of this platform");
            } else if (vcpu && !Checks.inPlatform(p, r.getTargetVcpu())) {
                out.report(r, Literals.MSI_ROUTE__TARGET_VCPU, "names no vCPU of this platform");
            }
        }
    }
}
