/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.platsim.engine.pcie.Generation;
import io.platsim.model.Accelerator;
import io.platsim.model.AgentBoardDmaEngine;
import io.platsim.model.Bar;
import io.platsim.model.Cache;
import io.platsim.model.Core;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.Device;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.DmaStream;
import io.platsim.model.ExitCost;
import io.platsim.model.FaultInjection;
import io.platsim.model.HomeAgent;
import io.platsim.model.InterSocketLink;
import io.platsim.model.InterruptController;
import io.platsim.model.Iommu;
import io.platsim.model.LoadMode;
import io.platsim.model.MemoryController;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.MsiRoute;
import io.platsim.model.Nic;
import io.platsim.model.NumaRange;
import io.platsim.model.NvmeDrive;
import io.platsim.model.PcieLink;
import io.platsim.model.PcieSwitch;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.SharedMemoryDevice;
import io.platsim.model.RootComplex;
import io.platsim.model.RootPort;
import io.platsim.model.RunSettings;
import io.platsim.model.Socket;
import io.platsim.model.VirtualCpu;
import io.platsim.model.VirtualMachine;
import io.platsim.model.WorkQueue;
import io.platsim.model.WorkSubmission;
import io.platsim.model.labels.FieldLabels;
import io.platsim.model.labels.Labels;

/**
 * The words on a box or a line: the element's name as the title, and one line of its key attributes, as an
 * architect would write them on a block diagram ("L3 38.5 MB 11-way", "Gen4 ×16 31.5 GB/s", "IOTLB 64 × 4K").
 */
public final class NodeLabels {

    private NodeLabels() {
    }

    /** The title of {@code element}'s box as {@code folded} shows it: a folded tile says "28 × core". */
    public static String title(EObject element, java.util.function.Predicate<EObject> folded) {
        CoreGroup group = CoreGroup.foldedGroupOf(element, folded);
        return group == null ? title(element) : group.title();
    }

    /** The detail of {@code element}'s box as {@code folded} shows it: a folded tile names its cores' caches. */
    public static String detail(EObject element, java.util.function.Predicate<EObject> folded) {
        CoreGroup group = CoreGroup.foldedGroupOf(element, folded);
        return group == null ? detail(element) : group.detail();
    }

    /** The element's name, or its kind when it has none. */
    public static String title(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : element.eGet(name);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        String kind = Labels.kind(element.eClass());
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    /** The key attributes shown under the title; empty when the title says it all. */
    public static String detail(EObject element) {
        return switch (element) {
            case Socket socket -> "Socket " + socket.getSocketId() + " · " + socket.getCores().size() + " cores";
            case Core core -> String.format(Locale.ROOT, "%.1f GHz", core.getFrequencyMHz() / 1000.0);
            case Cache cache -> cache.getLevel().getLiteral() + " " + bytes(cache.getSizeBytes()) + " "
                + cache.getWays() + "-way " + cache.getProtocol().getLiteral();
            case HomeAgent agent -> FieldLabels.literal(agent.getSnoopMode())
                + (agent.isIoDirectoryCache() ? " + IODC" : "");
            case MemoryController memory -> memory.getChannels() + " ch · " + number(memory.getBandwidthGBps())
                + " GB/s · " + number(memory.getLatencyNs()) + " ns";
            case RootComplex complex -> complex.getRootPorts().size() + " root ports";
            case RootPort port -> "Port " + port.getPortNumber() + " · "
                + generation(port.getMaxGeneration().getValue()) + " ×" + port.getMaxLanes();
            case PcieSwitch pcieSwitch -> pcieSwitch.getPortCount() + " ports · "
                + number(pcieSwitch.getForwardingLatencyNs()) + " ns";
            case Device device -> deviceDetail(device);
            case WorkQueue queue -> FieldLabels.literal(queue.getMode()) + " · depth " + queue.getDepth();
            case Bar bar -> bytes(bar.getSizeBytes()) + " · " + FieldLabels.literal(bar.getMemoryType())
                + (bar.isPrefetchable() ? " · prefetchable" : "");
            case Iommu iommu -> "IOTLB " + iommu.getIotlbEntries4K() + " × 4K · "
                + FieldLabels.literal(iommu.getInvalidationMode());
            case InterruptController controller -> controller.getKind().getLiteral();
            case VirtualMachine vm -> vm.getVcpus().size() + " vCPUs · " + vm.getMemoryMiB() / 1024 + " GiB";
            case VirtualCpu vcpu -> "vCPU " + vcpu.getIndex();
            case ExitCost cost -> FieldLabels.literal(cost.getReason()) + " " + number(cost.getCostNs()) + " ns";
            case io.platsim.model.Process process -> "PASID " + process.getPasid();
            case DmaStream stream -> FieldLabels.literal(stream.getDirection()) + " " + stream.getSizeBytes() + " B"
                + (stream.getLoadMode() == LoadMode.RATE ? " @ " + number(stream.getRateGbps()) + " Gb/s" : "")
                + (stream.getDriverWorkNs() > 0 ? " · driver " + number(stream.getDriverWorkNs()) + " ns" : "");
            case CpuAccessStream stream -> FieldLabels.literal(stream.getKind()) + " "
                + number(stream.getAccessesPerUs()) + "/µs"
                + (stream.getBar() != null ? " · " + stream.getAccessBytes() + " B MMIO" : "");
            case RequestResponseFlow flow -> flow.getConcurrentFlows() + " flows · " + flow.getRequestBytes() + "/"
                + flow.getResponseBytes() + " B" + (flow.isPollCompletions() ? " · polled" : "")
                + (flow.getBufferRingEntries() > 1 ? " · " + flow.getBufferRingEntries() + " buffers" : "");
            case WorkSubmission submission -> submission.getSubmitters() + " submitters · "
                + submission.getTransferBytes() + " B";
            case MemoryRegistration registration -> registration.getRegionCount() + " × "
                + bytes(registration.getRegionBytes()) + " regions";
            case FaultInjection fault -> FieldLabels.literal(fault.getKind()) + " at " + number(fault.getAtUs())
                + " µs";
            case RunSettings run -> number(run.getDurationUs()) + " µs · seed " + run.getSeed();
            case NumaRange range -> bytes(range.getSizeBytes()) + " at 0x" + Long.toHexString(range.getBaseAddress());
            default -> "";
        };
    }

    /** The words on a line element: link speed and width with its raw bandwidth, an attachment's mode. */
    public static String lineLabel(EObject line) {
        return switch (line) {
            case PcieLink link -> generation(link.getGeneration().getValue()) + " ×" + link.getLanes() + " "
                + number(Generation.of(link.getGeneration().getValue() + 1).laneGbps() * link.getLanes() / 8)
                + " GB/s";
            case InterSocketLink link -> number(link.getBandwidthGBps()) + " GB/s · " + number(link.getLatencyNs())
                + " ns";
            case DeviceAttachment attachment -> FieldLabels.literal(attachment.getMode());
            case MsiRoute route -> "MSI " + route.getVector();
            default -> "";
        };
    }

    private static String deviceDetail(Device device) {
        List<String> parts = new ArrayList<>();
        switch (device) {
            case Nic nic -> parts.add(number(nic.getLineRateGbps()) + " Gb/s");
            case NvmeDrive drive -> parts.add(number(drive.getReadLatencyUs()) + " µs read");
            case Accelerator accelerator -> parts.add(accelerator.getEngines() + " engines");
            case AgentBoardDmaEngine board -> parts.add(bytes(board.getWindowSizeBytes()) + " window");
            case SharedMemoryDevice shared -> parts.add("host memory at 0x"
                + Long.toHexString(shared.getMemoryBaseAddress()));
            default -> { }
        }
        if (device.getDmaAddressMaskBits() < 64) {
            parts.add(device.getDmaAddressMaskBits() + "-bit DMA");
        }
        if (device.getVirtualFunctions() > 0) {
            parts.add(device.getVirtualFunctions() + " VFs");
        }
        if (device.getPhysicalFunction() != null) {
            parts.add("VF of " + title(device.getPhysicalFunction()));
        }
        return String.join(" · ", parts);
    }

    static String generation(int ordinal) {
        return "Gen" + (ordinal + 1);
    }

    /** {@code 40370176} as {@code 38.5 MiB}: binary units, named as such. */
    public static String bytes(long bytes) {
        return FieldLabels.bytes(bytes);
    }

    /** A figure without trailing zeros: 2, 2.5, 38.5, 0.25. */
    public static String number(double value) {
        return FieldLabels.number(value);
    }
}
