/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import io.platsim.model.Bar;
import io.platsim.model.BarMemoryType;
import io.platsim.model.Core;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.Platform;
import io.platsim.model.SharedMemoryDevice;
import io.platsim.model.VirtualCpu;
import io.platsim.model.VirtualMachine;

/**
 * The BARs of a shared-memory device as the engine sees them: host memory. A core running a vCPU of a VM the device
 * is attached to sees it as the guest maps the BAR (uncached, or write-back) when its hypervisor honors the guest's
 * memory types; any other core is the host's, which maps the memory write-back.
 */
final class SharedMemory {

    private SharedMemory() {
    }

    /** Host address of {@code bar}: the device's memory, its BARs one after another. */
    static long address(Bar bar) {
        SharedMemoryDevice device = (SharedMemoryDevice) bar.eContainer();
        long address = device.getMemoryBaseAddress();
        for (Bar before : device.getBars()) {
            if (before == bar) {
                break;
            }
            address += before.getSizeBytes();
        }
        return address;
    }

    /**
     * Whether {@code core} reaches {@code bar} uncached: it runs a guest that maps the BAR so, in a VM whose
     * hypervisor honors the guest's memory types (else the memory is write-back whatever the guest asks).
     */
    static boolean uncached(Platform platform, Core core, Bar bar) {
        VirtualMachine vm = guest(platform, core, bar);
        return bar.getMemoryType() == BarMemoryType.UNCACHED && vm != null && vm.isHonorsGuestMemoryTypes();
    }

    /** The VM the device is attached to whose vCPU runs on {@code core}, or null: the host's core. */
    static VirtualMachine guest(Platform platform, Core core, Bar bar) {
        for (VirtualMachine vm : platform.getVms()) {
            boolean attached = false;
            for (DeviceAttachment attachment : vm.getAttachments()) {
                attached |= attachment.getDevice() == bar.eContainer();
            }
            for (VirtualCpu vcpu : vm.getVcpus()) {
                if (attached && vcpu.getPinnedTo() == core) {
                    return vm;
                }
            }
        }
        return null;
    }
}
