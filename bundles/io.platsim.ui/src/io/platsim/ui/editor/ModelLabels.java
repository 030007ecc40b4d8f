/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import java.util.Locale;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;

import io.platsim.model.DeviceAttachment;
import io.platsim.model.ExitCost;
import io.platsim.model.RunSettings;

/**
 * Tree labels: EMF.Edit's, except for the elements that have no name, which EMF would label with their first
 * attribute and no unit ("Run Settings 1000.0"). These say what they are in an architect's words.
 */
final class ModelLabels extends AdapterFactoryLabelProvider {

    ModelLabels(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object object) {
        if (object instanceof RunSettings run) {
            return String.format(Locale.ROOT, "Run Settings: %s µs after %s µs of warm-up, seed %d",
                number(run.getDurationUs()), number(run.getWarmupUs()), run.getSeed());
        }
        if (object instanceof ExitCost cost) {
            return String.format(Locale.ROOT, "Exit Cost: %s, %s ns", cost.getReason(), number(cost.getCostNs()));
        }
        if (object instanceof DeviceAttachment attachment) {
            String device = attachment.getDevice() == null ? "no device" : attachment.getDevice().getName();
            return "Device Attachment: " + device + " (" + attachment.getMode().getName().toLowerCase(Locale.ROOT)
                + ")";
        }
        return super.getText(object);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
