/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.platsim.engine.workload.FlowBuffers;
import io.platsim.model.AgentBoardDmaEngine;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.Device;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.FaultInjection;
import io.platsim.model.LoadMode;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;
import io.platsim.model.Process;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.RunSettings;
import io.platsim.model.SizeDistribution;
import io.platsim.model.WorkQueueMode;
import io.platsim.model.WorkSubmission;
import io.platsim.model.Workload;
import io.platsim.model.labels.Labels;
import io.platsim.model.query.DmaWindows;
import io.platsim.model.query.DriverCores;
import io.platsim.model.query.Fabric;
import io.platsim.model.validation.Problems;
import io.platsim.model.validation.Rule;

/** Rules on workloads, processes and run settings. */
public final class WorkloadRules {

    private WorkloadRules() {
    }

    public static List<Rule> rules() {
        return List.of(
            Rule.error("workload-references", "A workload names a device, core, VM or queue of this platform.",
                WorkloadRules::references),
            Rule.warning("nothing-to-simulate", "A platform has a workload: a run without one only moves the clock.",
                (p, out) -> {
                    if (p.getWorkloads().isEmpty()) {
                        out.report(p, Literals.PLATFORM__WORKLOADS, "nothing to simulate: add a DMA stream, a CPU "
                            + "access stream, a request/response flow, a work submission or a fault injection");
                    } else if (p.getWorkloads().stream().noneMatch(Workload::isEnabled)) {
                        out.report(p, Literals.PLATFORM__WORKLOADS, "nothing to simulate: every workload is "
                            + "disabled; enable one (its 'enabled' field)");
                    }
                }),
            Rule.warning("dma-window-in-mask", "A DMA buffer window lies within the device's DMA mask.",
                WorkloadRules::windowInMask),
            Rule.error("transfer-sizes", "Transfers are 1 byte or more, and the largest is at least the size.",
                WorkloadRules::transferSizes),
            Rule.error("rate-offers-load", "A DMA stream in rate mode offers more than 0 Gb/s.", (p, out) ->
                p.getWorkloads().stream().filter(DmaStream.class::isInstance).map(DmaStream.class::cast)
                    .filter(s -> s.getLoadMode() == LoadMode.RATE && !(s.getRateGbps() > 0))
                    .forEach(s -> out.report(s, Literals.DMA_STREAM__RATE_GBPS, "a rate of " + s.getRateGbps()
                        + " Gb/s offers nothing (the engine would take it for a closed loop and flood the link): "
                        + "give it a rate, switch it to closed loop, or disable it (its 'enabled' field)"))),
            Rule.error("coalescing-within-ring", "A driven stream raises an interrupt at least once a ring, and a "
                + "bounced closed-loop stream at least once per transfers in flight: a buffer or slot comes back "
                + "only after the interrupt that covers it.", WorkloadRules::coalescing),
            Rule.warning("cache-maintenance-direction", "A DMA stream's cache maintenance suits its direction: "
                + "flush before read where the device reads, invalidate after write where it writes.",
                WorkloadRules::cacheMaintenance),
            Rule.error("shared-queue-pasid", "ENQCMD to a shared queue needs PASID on the accelerator, a process, and "
                + "an IOMMU in scalable mode where one translates for the accelerator.", WorkloadRules::sharedQueues),
            Rule.error("cpu-shared-buffer", "A CPU stream that shares a DMA stream's buffer touches that buffer: it "
                + "names no BAR, and a buffer of its own only when it is the same.", WorkloadRules::sharedBuffers),
            Rule.error("pasid-range", "PASIDs are unique and within 1 to 2^20-1.", (p, out) -> {
                p.getProcesses().stream().filter(x -> x.getPasid() < 1 || x.getPasid() >= 1 << 20)
                    .forEach(x -> out.report(x, Literals.PROCESS__PASID, x.getPasid()
                        + " is not a PASID; use 1 to 1048575 (20 bits, 0 is reserved)"));
                Checks.unique(p.getProcesses(), Process::getPasid, Literals.PROCESS__PASID, out, "PASID");
            }),
            Rule.error("flow-attachment", "A request/response flow uses a device attached to its own VM.", (p, out) ->
                p.getWorkloads().stream().filter(RequestResponseFlow.class::isInstance)
                    .map(RequestResponseFlow.class::cast)
                    .filter(f -> f.getVm() != null && f.getAttachment() != null
                        && f.getAttachment().eContainer() != f.getVm())
                    .forEach(f -> out.report(f, Literals.REQUEST_RESPONSE_FLOW__ATTACHMENT, "the attachment belongs "
                        + "to " + Checks.name(f.getAttachment().eContainer()) + ", not to " + Checks.name(f.getVm())))),
            Rule.error("flow-host", "A request/response flow runs in a VM (its back end on the vCPUs' socket), or "
                + "on host cores of one socket with a device; only host flows map per I/O.", WorkloadRules::hostFlows),
            Rule.error("run-settings", "A run lasts more than 0 µs after a warm-up of 0 µs or more.",
                WorkloadRules::runSettings),
            Rule.error("flow-buffers", "A VM's request/response flows (or the host's) fit their buffers, "
                + (FlowBuffers.bytes(1, 1) >> 10) + " KiB each connection and ring entry, in "
                + (FlowBuffers.WINDOW >> 30) + " GiB, and a VM's in its memory.", WorkloadRules::flowBuffers));
    }

    private static void flowBuffers(Platform p, Problems out) {
        Map<Object, Long> bytes = new HashMap<>();
        for (Workload w : p.getWorkloads()) {
            if (w instanceof RequestResponseFlow f) {
                Object owner = f.getVm() != null ? f.getVm() : p;
                long total = bytes.merge(owner, FlowBuffers.bytes(f.getConcurrentFlows(), f.getBufferRingEntries()),
                    Long::sum);
                // A VM's buffers are guest memory too: they fit the VM's memory as well as the 4 GiB.
                long limit = f.getVm() != null ? Math.min(FlowBuffers.WINDOW, (long) f.getVm().getMemoryMiB() << 20)
                    : FlowBuffers.WINDOW;
                if (total > limit) {
                    out.report(f, Literals.REQUEST_RESPONSE_FLOW__BUFFER_RING_ENTRIES, "its connections' rings of "
                        + f.getBufferRingEntries() + " buffers bring " + (f.getVm() != null ? Checks.name(f.getVm())
                        + "'s" : "the host's") + " flows to " + total / (1 << 20) + " MiB of buffers, more than "
                        + (limit >> 20) + " MiB" + (limit < FlowBuffers.WINDOW ? " (the VM's memory)" : "")
                        + "; use fewer connections or entries");
                }
            }
        }
    }

    private static void transferSizes(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (w instanceof DmaStream s) {
                if (s.getSizeBytes() < 1) {
                    out.report(s, Literals.DMA_STREAM__SIZE_BYTES, "a transfer needs at least 1 byte");
                } else if (s.getSizeDistribution() != SizeDistribution.FIXED
                        && s.getMaxSizeBytes() < s.getSizeBytes()) {
                    out.report(s, Literals.DMA_STREAM__MAX_SIZE_BYTES, "the largest transfer ("
                        + s.getMaxSizeBytes() + " bytes) is below the size (" + s.getSizeBytes() + ")");
                }
            } else if (w instanceof WorkSubmission s && s.getTransferBytes() < 1) {
                out.report(s, Literals.WORK_SUBMISSION__TRANSFER_BYTES, "a descriptor copies at least 1 byte");
            }
        }
    }

    private static void coalescing(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (w instanceof DmaStream s && s.getDirection() == DmaDirection.WRITE && s.getInterruptEvery() > 1
                    && (s.getDriverWorkNs() > 0 || s.isApplicationCopy() || s.isMapPerIo()) && s.getDevice() != null) {
                int buffers = DriverCores.ringBuffers(p, s);
                if (s.getInterruptEvery() > buffers) {
                    out.report(s, Literals.DMA_STREAM__INTERRUPT_EVERY, "an interrupt every " + s.getInterruptEvery()
                        + " writes needs as many ring buffers, and the driver's rings hold " + buffers + " (the "
                        + "device's ring entries times its queues): the device would wait for an interrupt that "
                        + "never comes; coalesce at most " + buffers);
                }
            }
            if (w instanceof DmaStream s && s.getDirection() == DmaDirection.WRITE && s.getInterruptEvery() > 1
                    && s.getLoadMode() == LoadMode.CLOSED_LOOP && s.getInterruptEvery() > s.getOutstanding()
                    && Checks.inPlatform(p, s.getDevice()) && bounced(p, s)) {
                out.report(s, Literals.DMA_STREAM__INTERRUPT_EVERY, "an interrupt every " + s.getInterruptEvery()
                    + " writes needs as many in flight: the buffer lies beyond " + Checks.name(s.getDevice())
                    + "'s DMA window with no IOMMU, so each write is bounced and its slot comes back only once the "
                    + "driver has copied it out, after the interrupt; the stream keeps " + s.getOutstanding()
                    + " in flight: coalesce at most that many");
            }
        }
    }

    /** Whether a stream's writes may go through bounce buffers: no IOMMU, and a buffer beyond the device's window. */
    private static boolean bounced(Platform p, DmaStream s) {
        long base = DmaWindows.base(s.getDevice());
        long reach = Math.min(DmaWindows.bytes(s.getDevice()), Long.MAX_VALUE - base);
        return Fabric.iommusOf(p, s.getDevice()).isEmpty() && (s.getBufferBaseAddress() < base
            || s.getBufferBaseAddress() - base + s.getBufferWindowBytes()
                + Math.max(s.getSizeBytes(), s.getMaxSizeBytes()) > reach);
    }

    private static void cacheMaintenance(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (!(w instanceof DmaStream s)) {
                continue;
            }
            if (s.getDirection() == DmaDirection.WRITE && s.isFlushBeforeRead()) {
                out.report(s, Literals.DMA_STREAM__FLUSH_BEFORE_READ, "the device only writes this buffer, so "
                    + "flushing before its reads does nothing; 'invalidate after write' keeps the caches out of the "
                    + "way of its writes");
            } else if (s.getDirection() == DmaDirection.READ && s.isInvalidateAfterWrite()) {
                out.report(s, Literals.DMA_STREAM__INVALIDATE_AFTER_WRITE, "the device only reads this buffer, so "
                    + "invalidating after its writes does nothing; 'flush before read' cleans the caches' dirty "
                    + "lines before its reads");
            }
        }
    }

    private static void references(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            List<EStructuralFeature> required = new ArrayList<>();
            if (w instanceof DmaStream) {
                required.add(Literals.DMA_STREAM__DEVICE);
            } else if (w instanceof CpuAccessStream) {
                required.add(Literals.CPU_ACCESS_STREAM__CORE);
            } else if (w instanceof RequestResponseFlow flow && flow.getVm() != null) {
                required.add(Literals.REQUEST_RESPONSE_FLOW__ATTACHMENT);
            } else if (w instanceof RequestResponseFlow) {
                required.add(Literals.REQUEST_RESPONSE_FLOW__DEVICE);
            } else if (w instanceof WorkSubmission) {
                required.add(Literals.WORK_SUBMISSION__WORK_QUEUE);
            } else if (w instanceof FaultInjection) {
                required.add(Literals.FAULT_INJECTION__CORE);
            } else if (w instanceof MemoryRegistration) {
                required.add(Literals.MEMORY_REGISTRATION__CORE);
                required.add(Literals.MEMORY_REGISTRATION__NIC);
            }
            for (EStructuralFeature feature : required) {
                if (!Checks.inPlatform(p, (EObject) w.eGet(feature))) {
                    out.report(w, feature,
                        "names no " + Labels.kind((EClass) feature.getEType()) + " of this platform");
                }
            }
        }
    }

    private static void hostFlows(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (!(w instanceof RequestResponseFlow flow)) {
                continue;
            }
            if (flow.getVm() != null) {
                if (flow.getDevice() != null || !flow.getCores().isEmpty()) {
                    out.report(flow, flow.getDevice() != null ? Literals.REQUEST_RESPONSE_FLOW__DEVICE
                        : Literals.REQUEST_RESPONSE_FLOW__CORES, "a flow in " + Checks.name(flow.getVm())
                        + " uses its attachment and vCPUs; clear the host device and cores");
                }
                EObject backend = flow.getAttachment() == null || flow.getAttachment().getBackendCore() == null ? null
                    : flow.getAttachment().getBackendCore().eContainer();
                if (backend != null && flow.getVm().getVcpus().stream().anyMatch(v -> v.getPinnedTo() != null
                        && v.getPinnedTo().eContainer() != backend)) {
                    out.report(flow.getAttachment(), Literals.DEVICE_ATTACHMENT__BACKEND_CORE, "the back end runs "
                        + "on " + Checks.name(backend) + ", not on the socket of " + Checks.name(flow.getVm())
                        + "'s vCPUs; pick a core there");
                }
                if (flow.isMapPerIo()) {
                    out.report(flow, Literals.REQUEST_RESPONSE_FLOW__MAP_PER_IO, "the guest's mappings are not the "
                        + "host IOMMU's; map per I/O applies to host flows");
                }
            } else if (flow.getAttachment() != null) {
                out.report(flow, Literals.REQUEST_RESPONSE_FLOW__ATTACHMENT, "a flow without a VM has no VM "
                    + "attachment; set the VM, or clear the attachment and name the host device");
            } else if (flow.getCores().isEmpty()) {
                out.report(flow, Literals.REQUEST_RESPONSE_FLOW__CORES, "a flow without a VM runs on host cores; "
                    + "name at least one, or set the VM");
            } else if (flow.getCores().stream().map(EObject::eContainer).distinct().count() > 1) {
                out.report(flow, Literals.REQUEST_RESPONSE_FLOW__CORES, "the cores are on different sockets; "
                    + "use one socket's cores");
            }
        }
    }

    /**
     * A stream's per-I/O mappings keep each driver core's time on their own, and flows keep theirs on a calendar per
     * core, so a core doing both could, in the run, map buffers while it answers a request.
     */
    private static void windowInMask(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (w instanceof DmaStream s && Checks.inPlatform(p, s.getDevice())) {
                long first = DmaWindows.base(s.getDevice());
                long reach = DmaWindows.bytes(s.getDevice());
                long last = reach >= Long.MAX_VALUE - first ? Long.MAX_VALUE : first + reach - 1;
                long end = s.getBufferBaseAddress() + s.getBufferWindowBytes();
                String what = s.getDevice() instanceof AgentBoardDmaEngine ? String.format("window of host memory "
                    + "(0x%x..0x%x)", first, last) : String.format("%d-bit DMA mask (0x%x)",
                    s.getDevice().getDmaAddressMaskBits(), last);
                if (s.getBufferBaseAddress() < first) {
                    out.report(s, Literals.DMA_STREAM__BUFFER_BASE_ADDRESS, String.format("the window starts at "
                        + "0x%x, below %s's window from 0x%x; transfers there need bounce buffers",
                        s.getBufferBaseAddress(), Checks.name(s.getDevice()), first));
                } else if (end - 1 > last) {
                    out.report(s, Literals.DMA_STREAM__BUFFER_WINDOW_BYTES, String.format("the window ends at 0x%x, "
                        + "beyond %s's %s; transfers there need bounce buffers", end - 1, Checks.name(s.getDevice()),
                        what));
                }
            }
        }
    }

    private static void sharedQueues(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (!(w instanceof WorkSubmission s) || s.getWorkQueue() == null
                    || s.getWorkQueue().getMode() != WorkQueueMode.SHARED) {
                continue;
            }
            if (s.getProcess() == null) {
                out.report(s, Literals.WORK_SUBMISSION__PROCESS, "submits to shared queue "
                    + Checks.name(s.getWorkQueue()) + " with ENQCMD, which carries a process's PASID; "
                    + "name the process");
            } else if (s.getWorkQueue().eContainer() instanceof Device d && !d.isPasidEnabled()) {
                out.report(s, Literals.WORK_SUBMISSION__WORK_QUEUE, Checks.name(d)
                    + " has PASID disabled, so its shared queue cannot take ENQCMD submissions");
            } else if (s.getWorkQueue().eContainer() instanceof Device d) {
                // Legacy-mode VT-d translates requests without a PASID only (VT-d specification, chapter 3).
                Fabric.iommusOf(p, d).stream().filter(i -> !i.isScalableMode()).forEach(i -> out.report(i,
                    Literals.IOMMU__SCALABLE_MODE, "translates for " + Checks.name(d) + ", whose shared queue takes "
                    + "ENQCMD requests tagged with " + Checks.name(s.getProcess()) + "'s PASID; legacy mode "
                    + "translates requests without a PASID only: turn scalable mode on"));
            }
        }
    }

    private static void sharedBuffers(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (!(w instanceof CpuAccessStream cpu) || cpu.getSharedWith() == null) {
                continue;
            }
            DmaStream dma = cpu.getSharedWith();
            if (cpu.getBar() != null) {
                out.report(cpu, Literals.CPU_ACCESS_STREAM__SHARED_WITH, "shares " + Checks.name(dma) + "'s buffer "
                    + "in memory and also names " + Checks.name(cpu.getBar()) + " of a device; name one or the other");
            }
            if (cpu.eIsSet(Literals.CPU_ACCESS_STREAM__BUFFER_BASE_ADDRESS)
                    && cpu.getBufferBaseAddress() != dma.getBufferBaseAddress()) {
                out.report(cpu, Literals.CPU_ACCESS_STREAM__BUFFER_BASE_ADDRESS, "is " + cpu.getBufferBaseAddress()
                    + ", but the stream shares " + Checks.name(dma) + "'s buffer at " + dma.getBufferBaseAddress()
                    + "; clear it, or clear 'shared with'");
            }
            if (cpu.eIsSet(Literals.CPU_ACCESS_STREAM__BUFFER_WINDOW_BYTES)
                    && cpu.getBufferWindowBytes() != dma.getBufferWindowBytes()) {
                out.report(cpu, Literals.CPU_ACCESS_STREAM__BUFFER_WINDOW_BYTES, "is " + cpu.getBufferWindowBytes()
                    + " bytes, but the stream shares " + Checks.name(dma) + "'s buffer of "
                    + dma.getBufferWindowBytes() + "; clear it, or clear 'shared with'");
            }
        }
    }

    private static void runSettings(Platform p, Problems out) {
        RunSettings run = p.getRunSettings();
        if (run == null) {
            return;
        }
        if (run.getDurationUs() <= 0) {
            out.report(run, Literals.RUN_SETTINGS__DURATION_US, "a run must last more than 0 µs");
        } else if (run.getWarmupUs() < 0) {
            out.report(run, Literals.RUN_SETTINGS__WARMUP_US, "a warm-up cannot be negative");
        }
    }
}
