/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.render;

import io.platsim.diagram.Connection;
import io.platsim.diagram.Kind;
import io.platsim.diagram.NodeLabels;
import io.platsim.model.InterSocketLink;
import io.platsim.model.PcieLink;

/**
 * How a line is drawn: links solid and thick (inter-socket links thickest), attachments, coverage, pinning and
 * workload targets dashed, each in the colour of the kind that owns the line.
 *
 * @param colour 0xRRGGBB
 * @param width in diagram units
 * @param dashed whether the line is dashed
 * @param label the words drawn on the line; empty for none
 */
public record LineStyle(int colour, int width, boolean dashed, String label) {

    public static LineStyle of(Connection line) {
        if (line.element() == null) {
            return new LineStyle(Kind.of(line.source().eClass()).border(), 1, true, "");
        }
        // the inter-socket link is the bold bar block diagrams draw between sockets
        int width = line.element() instanceof InterSocketLink ? 6 : line.element() instanceof PcieLink ? 2 : 1;
        boolean dashed = !(line.element() instanceof InterSocketLink || line.element() instanceof PcieLink);
        return new LineStyle(Kind.of(line.element().eClass()).border(), width, dashed,
            NodeLabels.lineLabel(line.element()));
    }
}
