/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.platsim.ui.PlatsimUi;

/** Window > Preferences > PlatSim: the seed and run duration new models start with. */
public class RunPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public RunPreferencePage() {
        super(GRID);
        setDescription("Run settings that new PlatSim models start with. Each model keeps its own copy.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(PlatsimUi.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(new NumberFieldEditor(RunPreferences.SEED, "Default &seed:", getFieldEditorParent(), false,
            "The seed must be a whole number."));
        addField(new NumberFieldEditor(RunPreferences.DURATION_US, "Default run &duration (us):",
            getFieldEditorParent(), true, "The duration must be a number of microseconds above 0."));
    }

    /** A text field that accepts a whole number, or a positive decimal number. */
    private static final class NumberFieldEditor extends StringFieldEditor {

        private final boolean positiveDecimal;

        NumberFieldEditor(String key, String label, org.eclipse.swt.widgets.Composite parent, boolean positiveDecimal,
                String error) {
            super(key, label, parent);
            this.positiveDecimal = positiveDecimal;
            setErrorMessage(error);
            setEmptyStringAllowed(false);
        }

        @Override
        protected boolean doCheckState() {
            String text = getStringValue().trim();
            try {
                if (positiveDecimal) {
                    double value = Double.parseDouble(text);
                    return value > 0 && Double.isFinite(value);
                }
                Long.parseLong(text);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
