/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import io.platsim.engine.config.WorkConfig.Retry;
import io.platsim.engine.config.WorkConfig;
import io.platsim.model.Accelerator;
import io.platsim.model.Device;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.Process;
import io.platsim.model.WorkQueue;
import io.platsim.model.WorkQueueMode;
import io.platsim.model.WorkSubmission;

/**
 * Descriptor submissions to an accelerator's work queue, as the engine sees them: the queue's mode and depth,
 * the accelerator's engines and descriptor time, its device TLB when it uses ATS and whether it uses PRI, and the
 * submitting process's page fault-in time. Each submission's buffers get their own region of the address space.
 */
final class WorkSubmissions {

    /** Where the submissions' buffers start: a region no stream uses, one 4 GiB window per submission. */
    private static final long BUFFERS = 5L << 40;

    private WorkSubmissions() {
    }

    /** The submission, or null when its accelerator reaches no root complex. */
    /**
     * @param numbers numbers each queue and accelerator (by identity), so that submissions to one queue share its
     *                entries and the queues of one accelerator its engines
     */
    static WorkConfig compile(WorkSubmission submission, int index, Function<Device, Integer> deviceIndex,
            Map<EObject, Integer> numbers) {
        WorkQueue queue = submission.getWorkQueue();
        Accelerator accelerator = (Accelerator) queue.eContainer();
        Integer device = deviceIndex.apply(accelerator);
        if (device == null) {
            return null;
        }
        Process process = submission.getProcess() != null ? submission.getProcess()
            : PlatsimFactory.eINSTANCE.createProcess();
        return WorkConfig.of(submission.getName(), device, queue.getMode() == WorkQueueMode.SHARED)
            .accelerator(queue.getDepth(), accelerator.getEngines(),
                ModelCompiler.ps(accelerator.getDescriptorLatencyNs()))
            .submitters(submission.getSubmitters(), submission.getDescriptorsPerUs() * 1e6,
                submission.getTransferBytes())
            .retry(Retry.valueOf(submission.getRetryPolicy().getName()),
                ModelCompiler.ps(submission.getRetryBackoffNs()))
            .deviceTlb(accelerator.isAtsEnabled() ? accelerator.getDeviceTlbEntries() : 0)
            .faults(submission.getNonPresentPageFraction(), accelerator.isPriEnabled(),
                (long) (process.getPageFaultLatencyUs() * 1e6))
            .process(BUFFERS + ((long) index << 32), process.getPageTableChangesPerUs() * 1e6)
            .queue(numbers.computeIfAbsent(queue, q -> numbers.size()),
                numbers.computeIfAbsent(accelerator, a -> numbers.size()), queue.getPriority())
            .build();
    }
}
