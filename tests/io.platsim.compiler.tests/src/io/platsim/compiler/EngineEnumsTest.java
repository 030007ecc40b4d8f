/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import io.platsim.engine.config.WorkConfig;
import io.platsim.engine.socket.SocketConfig;
import io.platsim.engine.config.FlowConfig;
import io.platsim.engine.config.DmaStreamConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;

import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.cache.Replacement;
import io.platsim.engine.iommu.MappingConfig;
import io.platsim.engine.pcie.Generation;

import io.platsim.engine.trace.TraceKind;
import io.platsim.engine.vm.ExitReason;
import io.platsim.model.PlatsimPackage;

/**
 * The engine's enums that mirror the metamodel's: every literal a model can hold has its engine counterpart of the
 * same name (the compiler maps them by name), so a literal added to platsim.ecore without the engine following
 * fails here instead of at a user's run. Exit reasons also keep the metamodel's order: a reason's position is its
 * code in the {@code vm_exit} trace.
 */
class EngineEnumsTest {

    private static final PlatsimPackage MODEL = PlatsimPackage.eINSTANCE;

    @Test
    void everyMetamodelLiteralHasItsEngineCounterpart() {
        check(MODEL.getInclusionPolicy(), Inclusion.class);
        check(MODEL.getCacheProtocol(), Protocol.class);
        check(MODEL.getReplacementPolicy(), Replacement.class);
        check(MODEL.getPcieGeneration(), Generation.class);
        check(MODEL.getSnoopMode(), SocketConfig.SnoopMode.class);
        check(MODEL.getIovaAllocatorPolicy(), MappingConfig.Allocator.class);
        check(MODEL.getSizeDistribution(), DmaStreamConfig.Sizes.class);
        check(MODEL.getAttachmentMode(), FlowConfig.Attachment.class);
        check(MODEL.getRetryPolicy(), WorkConfig.Retry.class);
        check(MODEL.getExitReason(), ExitReason.class);
        check(MODEL.getTraceKind(), TraceKind.class);
    }

    /**
     * Every enum of the metamodel is either mirrored by an engine enum (checked above) or mapped by the compiler
     * literal by literal; a new one fails here until it is one or the other, so a choice a model offers cannot be
     * left without an effect (the cache's replacement policy once was).
     */
    @Test
    void everyMetamodelEnumIsMirroredOrMapped() {
        Set<String> mirrored = Set.of("InclusionPolicy", "CacheProtocol", "ReplacementPolicy", "PcieGeneration",
            "SnoopMode", "IovaAllocatorPolicy", "SizeDistribution", "AttachmentMode", "RetryPolicy", "ExitReason",
            "TraceKind");
        // Mapped by the compiler's own switches and comparisons (each with a test of its effect).
        Set<String> mapped = Set.of("CacheLevel", "WorkQueueMode", "PageSize", "InvalidationMode", "DmaDirection",
            "LoadMode", "AccessPattern", "NumaPlacement", "InterruptMode", "InterruptControllerKind",
            "CpuAccessKind", "FaultKind", "BarMemoryType");
        for (var classifier : MODEL.getEClassifiers()) {
            if (classifier instanceof EEnum e) {
                assertTrue(mirrored.contains(e.getName()) || mapped.contains(e.getName()), e.getName()
                    + " is neither mirrored by an engine enum nor mapped by the compiler");
            }
        }
    }

    @Test
    void exitReasonsKeepTheMetamodelsOrder() {
        List<String> model = MODEL.getExitReason().getELiterals().stream().map(EEnumLiteral::getName).toList();
        List<String> engine = Arrays.stream(ExitReason.values()).map(Enum::name).toList();
        assertEquals(model, engine);
        for (EEnumLiteral literal : MODEL.getExitReason().getELiterals()) {
            assertEquals(literal.getValue(), ExitReason.valueOf(literal.getName()).ordinal(), literal.getName());
        }
    }

    @Test
    void pcieGenerationsMapByNumber() {
        for (EEnumLiteral literal : MODEL.getPcieGeneration().getELiterals()) {
            assertEquals(literal.getName(), Generation.of(literal.getValue() + 1).name(), "the compiler maps "
                + literal.getName() + " by its value");
        }
    }

    private static void check(EEnum model, Class<? extends Enum<?>> engine) {
        Set<String> names = Arrays.stream(engine.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        for (EEnumLiteral literal : model.getELiterals()) {
            assertTrue(names.contains(literal.getName()), model.getName() + "." + literal.getName() + " has no "
                + engine.getName() + " counterpart");
        }
    }
}
