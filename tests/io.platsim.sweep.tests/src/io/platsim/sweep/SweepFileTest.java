/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.DmaStream;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.FactorScale;

/**
 * A sweep file refers to its base model's elements by id, so renaming them keeps it; and every way a sweep can be
 * wrong is said with the file, the element (the sweep, or factor N and its label) and the field.
 */
class SweepFileTest {

    @TempDir
    Path temp;

    @Test
    void aSavedSweepLoadsWithItsFactorsOnTheBaseModelsElementsEvenAfterARename() throws Exception {
        Platform lab = Sweeps.lab(temp);
        PcieLink link = lab.getPcieLinks().get(0);
        Path file = Sweeps.save(lab, temp.resolve("lanes.sweep"), 3, 20, List.of(Sweeps.listed(link, "lanes", "4",
            "8")), "devices/0/streams/0/throughput_gbps");
        assertTrue(Files.readString(file).contains("lab.platsim#"), "the base is named relative to the sweep");
        LoadResult model = ModelFiles.load(temp.resolve("lab.platsim"));
        model.platform().getPcieLinks().get(0).setName("renamed-link");
        ModelFiles.save(model.platform(), temp.resolve("lab.platsim"));
        SweepFile.Loaded loaded = SweepFile.load(file);
        assertEquals(List.of(), loaded.problems());
        assertEquals("lanes", loaded.name(), "a sweep without a name takes its file's");
        Factor factor = loaded.sweep().getFactors().get(0);
        assertEquals("renamed-link", ((PcieLink) factor.getElement()).getName());
        assertEquals(List.of("4", "8"), factor.getValues());
        assertEquals(3, loaded.sweep().getReplications());
    }

    @Test
    void eachProblemNamesTheFileTheFactorAndTheField() throws Exception {
        Platform lab = Sweeps.lab(temp);
        PcieLink link = lab.getPcieLinks().get(0);
        DmaStream rx = (DmaStream) lab.getWorkloads().get(0);
        Factor unknown = Sweeps.listed(link, "wires", "1");
        Factor badValue = Sweeps.listed(link, "generation", "GEN9");
        Factor text = Sweeps.listed(rx, "name", "a");
        Factor nanRange = Sweeps.listed(rx, "rateGbps");
        nanRange.setScale(FactorScale.LINEAR);
        nanRange.setFrom(Double.NaN);
        nanRange.setTo(10);
        Factor logFromZero = Sweeps.listed(rx, "driverWorkNs");
        logFromZero.setScale(FactorScale.LOGARITHMIC);
        logFromZero.setTo(100);
        Factor tooMany = Sweeps.listed(lab.getInterruptControllers().get(0), "cores", "2", "9");
        Path file = Sweeps.save(lab, temp.resolve("bad.sweep"), 0, -1,
            List.of(unknown, badValue, text, nanRange, logFromZero, tooMany), "devices/0/Streams");
        List<String> problems = SweepFile.load(file).problems();
        String all = String.join("\n", problems);
        String name = file.toString();
        assertTrue(problems.contains(name + ": factor 1 (nic0-link.wires): field 'Attribute': PcieLink has no field "
            + "'wires'"), all);
        assertTrue(problems.contains(name + ": factor 2 (nic0-link.generation): field 'Values': 'GEN9' is not a value "
            + "of PcieGeneration"), all);
        assertTrue(all.contains("factor 3 (rx-packets.name): field 'Attribute': 'Name' holds text"), all);
        assertTrue(all.contains("factor 4 (rx-packets.rateGbps): field 'From': the range NaN to 10.0 is not finite"),
            all);
        assertTrue(all.contains("factor 5 (rx-packets.driverWorkNs): field 'From': a logarithmic range needs both "
            + "ends above zero"), all);
        assertTrue(all.contains("factor 6 (apic.cores): field 'Values': '9': the list holds 4 in the base model"),
            all);
        assertTrue(all.contains(": sweep: field 'Replications': 0 is not between 1 and 1000"), all);
        assertTrue(all.contains(": sweep: field 'Duration (µs)': -1.0 is not between 0 and 1e9"), all);
        assertTrue(all.contains(": sweep: field 'Responses': 'devices/0/Streams' is not a path into summary.json"),
            all);
        assertEquals(9, problems.size(), all);
    }

    @Test
    void theRunLimitCountsThePointsOfTheDesignNotEveryCombination() throws Exception {
        Platform lab = Sweeps.lab(temp);
        DmaStream rx = (DmaStream) lab.getWorkloads().get(0);
        io.platsim.model.sweep.Factor rate = io.platsim.model.sweep.Factors.range(rx, "rateGbps", FactorScale.LINEAR,
            1, 100, 10_000);
        Path file = Sweeps.save(lab, temp.resolve("big.sweep"), 1000, 10, List.of(rate,
            Sweeps.listed(lab.getPcieLinks().get(0), "lanes", "1", "2", "4", "8", "16")), "simulated_us");
        List<String> problems = SweepFile.load(file).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("the design would run 50000000 runs")),
            problems.toString());
        SweepFile.Loaded loaded = SweepFile.load(file);
        loaded.sweep().setDesign(io.platsim.model.sweep.SweepDesign.LATIN_HYPERCUBE);
        SweepFile.save(loaded.sweep(), file);
        assertEquals(List.of(), SweepFile.load(file).problems(), "16 samples x 1000 seeds is within the limit");
    }

    @Test
    void aMissingBaseModelOrElementIsSaidNotThrown() throws Exception {
        Platform lab = Sweeps.lab(temp);
        Path file = Sweeps.save(lab, temp.resolve("orphan.sweep"), 1, 10,
            List.of(Sweeps.listed(lab.getPcieLinks().get(0), "lanes", "4")), "simulated_us");
        LoadResult model = ModelFiles.load(temp.resolve("lab.platsim"));
        model.platform().getPcieLinks().clear();
        ModelFiles.save(model.platform(), temp.resolve("lab.platsim"));
        List<String> problems = SweepFile.load(file).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ": factor 1: field 'Element': no element "), problems.get(0));
        Files.delete(temp.resolve("lab.platsim"));
        problems = SweepFile.load(file).problems();
        assertTrue(problems.get(0).startsWith(file + ": base model: "), problems.toString());
        assertTrue(SweepFile.load(temp.resolve("none.sweep")).problems().get(0).endsWith("none.sweep: no such file"));
        Files.writeString(temp.resolve("junk.sweep"), "<not xml");
        assertTrue(SweepFile.load(temp.resolve("junk.sweep")).problems().get(0).contains("junk.sweep"));
    }
}
