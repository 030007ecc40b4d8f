/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.platsim.model.Device;
import io.platsim.model.Iommu;
import io.platsim.model.MemoryController;
import io.platsim.model.NamedElement;
import io.platsim.model.PcieSwitch;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;
import io.platsim.model.RootPort;
import io.platsim.model.Socket;
import io.platsim.model.labels.Labels;
import io.platsim.model.validation.Problems;
import io.platsim.model.validation.Rule;

/**
 * Rules on names. The simulation knows the platform's components by name (its netlist joins a PCIe link to the
 * port, switch or device of the link's end by name) and every trace and summary labels them by name, so the
 * elements that become components need one, and names that would meet in one namespace differ.
 */
public final class NameRules {

    /** Longest name a model may give: names label diagram boxes, trace tracks and report rows. */
    static final int NAME_LIMIT = 200;

    private NameRules() {
    }

    public static List<Rule> rules() {
        return List.of(
            Rule.error("names-required", "Sockets, memory controllers, root ports, switches, devices and IOMMUs "
                + "have a name: the simulation and its traces know them by it.", NameRules::required),
            Rule.error("names-unique", "Elements of the same kind have different names, and so do the root ports, "
                + "switches and devices of the PCIe fabric (traces name them; links join them by name).",
                NameRules::unique),
            Rule.error("names-printable", "Names are at most " + NAME_LIMIT + " characters, none of them a control "
                + "character (traces, CSV, JSON and diagrams print them).", NameRules::printable));
    }

    /** Whether {@code element} becomes a component of the simulation, known by its name. */
    private static boolean component(EObject element) {
        return element instanceof Socket || element instanceof MemoryController || element instanceof RootPort
            || element instanceof PcieSwitch || element instanceof Device || element instanceof Iommu;
    }

    /** The namespace a name must be unique in: the PCIe fabric's ends share one, every other kind has its own. */
    private static String namespace(NamedElement element) {
        boolean fabric = element instanceof RootPort || element instanceof PcieSwitch || element instanceof Device;
        return fabric ? "pcie" : element.eClass().getName();
    }

    private static void required(Platform p, Problems out) {
        p.eAllContents().forEachRemaining(o -> {
            if (component(o) && o instanceof NamedElement n && (n.getName() == null || n.getName().isBlank())) {
                out.report(n, Literals.NAMED_ELEMENT__NAME, "this " + Labels.kind(n.eClass()) + " needs a name: "
                    + "the simulation and its traces know it by its name");
            }
        });
    }

    private static void unique(Platform p, Problems out) {
        Map<String, NamedElement> seen = new HashMap<>();
        p.eAllContents().forEachRemaining(o -> {
            if (o instanceof NamedElement n && n.getName() != null && !n.getName().isBlank()) {
                NamedElement first = seen.putIfAbsent(namespace(n) + "/" + n.getName(), n);
                if (first != null) {
                    out.report(n, Literals.NAMED_ELEMENT__NAME, first.eClass() == n.eClass()
                        ? "another " + Labels.kind(n.eClass()) + " is already called '" + n.getName() + "'"
                        : Labels.describe(first) + " has this name already, and PCIe links join their ends by name");
                }
            }
        });
    }

    private static void printable(Platform p, Problems out) {
        List<EObject> all = new ArrayList<>();
        all.add(p);
        p.eAllContents().forEachRemaining(all::add);
        for (EObject o : all) {
            if (!(o instanceof NamedElement n) || n.getName() == null) {
                continue;
            }
            String name = n.getName();
            int control = -1;
            for (int i = 0; i < name.length() && control < 0; i++) {
                if (Character.isISOControl(name.charAt(i))) {
                    control = i;
                }
            }
            if (control >= 0) {
                out.report(n, Literals.NAMED_ELEMENT__NAME, String.format("the name holds a control character "
                    + "(U+%04X at position %d); use letters, digits and punctuation", (int) name.charAt(control),
                    control + 1));
            } else if (name.length() > NAME_LIMIT) {
                out.report(n, Literals.NAMED_ELEMENT__NAME, "the name is " + name.length() + " characters long; "
                    + "keep it to " + NAME_LIMIT);
            }
        }
    }
}
