/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.emf.edit.ui.view.ExtendedPropertySheetPage;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.FactorScale;
import io.platsim.model.sweep.Sweep;
import io.platsim.model.sweep.SweepPackage;
import io.platsim.model.sweep.provider.SweepItemProviderAdapterFactory;
import io.platsim.compiler.CompileException;
import io.platsim.sweep.Responses;
import io.platsim.sweep.SweepCheck;
import io.platsim.sweep.SweepFile;
import io.platsim.sweep.design.FactorValues;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.editor.EditingDomains;

/**
 * The editor of a {@code .sweep} file: the sweep and its factors as a tree, each field in the Properties view (a
 * factor's element picked from its base model's elements), responses picked from the figures a run of the base
 * model reports, New Child for factors, undo and redo on the sweep's own
 * history, and what is wrong with the sweep above the tree, checked again after every change. Saving writes only the
 * sweep, atomically; the base model is only read.
 */
public class SweepEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "io.platsim.ui.sweepEditor";

    private final ComposedAdapterFactory adapterFactory = EditingDomains.adapterFactory();
    private AdapterFactoryEditingDomain domain;
    private SweepFile.Loaded loaded;
    private TreeViewer tree;
    private Label problems;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        adapterFactory.addAdapterFactory(new SweepItemProviderAdapterFactory());
        IFile file = ResourceUtil.getFile(input);
        if (file == null || file.getLocation() == null) {
            throw new PartInitException(input.getName() + " is not a file in the workspace");
        }
        loaded = SweepFile.load(file.getLocation().toFile().toPath());
        domain = loaded.sweep() == null ? null : new AdapterFactoryEditingDomain(adapterFactory,
            new BasicCommandStack(), loaded.sweep().eResource().getResourceSet());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        problems = new Label(area, SWT.WRAP);
        problems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (domain == null) {
            problems.setText(String.join("\n", loaded.problems()));
            return;
        }
        Button pick = new Button(area, SWT.PUSH);
        pick.setText("Pick Responses…");
        pick.setToolTipText("Choose the figures each run's summary gives that the sweep collects");
        pick.addListener(SWT.Selection, e -> pickResponses());
        tree = new TreeViewer(area, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
        tree.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory) {
            @Override
            public String getText(Object object) {
                return object instanceof Factor factor ? describe(factor) : super.getText(object);
            }
        });
        tree.setInput(loaded.sweep().eResource());
        tree.expandAll();
        getSite().setSelectionProvider(tree);
        MenuManager menu = new MenuManager("#PopUp");
        menu.add(new Separator("additions"));
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener((IMenuListener) getEditorSite().getActionBarContributor());
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        getSite().registerContextMenu(menu, tree);
        domain.getCommandStack().addCommandStackListener(event -> Display.getDefault().asyncExec(this::changed));
        showProblems();
    }

    /** After each command: the dirty mark, the tree, and the sweep's problems again. */
    private void changed() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        tree.refresh();
        var affected = domain.getCommandStack().getMostRecentCommand() == null ? null
            : domain.getCommandStack().getMostRecentCommand().getAffectedObjects();
        if (affected != null && !affected.isEmpty()) {
            tree.setSelection(new StructuredSelection(new ArrayList<>(affected)), true);
        }
        showProblems();
    }

    private void showProblems() {
        List<String> found = new ArrayList<>(loaded.problems().stream().filter(p -> p.contains("base model")
            || p.contains("field 'element'")).toList());
        found.addAll(SweepCheck.check(getEditorInput().getName(), sweep()));
        problems.setText(found.isEmpty() ? "The sweep is ready to run (Run As > PlatSim Sweep)."
            : found.size() + (found.size() == 1 ? " problem" : " problems") + " to fix before it runs:\n"
                + String.join("\n", found));
        problems.getParent().layout(true, true);
    }

    /** Offers every figure a run of the base model reports, the sweep's responses ticked, and sets those chosen. */
    private void pickResponses() {
        List<String> available;
        try {
            available = Responses.available(loaded.base().platform());
        } catch (CompileException | IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Pick Responses", loaded.baseFile().getFileName()
                + " does not run, so its figures are not known: " + e.getMessage());
            return;
        }
        ListSelectionDialog dialog = ListSelectionDialog.of(available).contentProvider(ArrayContentProvider
            .getInstance()).labelProvider(new LabelProvider()).title("Pick Responses").message("The figures of "
                + "each run's summary.json that the sweep collects (docs/run-folder.md says what each is):")
            .preselect(sweep().getResponses().toArray()).create(getSite().getShell());
        if (dialog.open() == Window.OK) {
            setResponses(java.util.Arrays.stream(dialog.getResult()).map(String::valueOf).toList());
        }
    }

    /** Sets the sweep's responses, as one step that can be undone. */
    public void setResponses(List<String> responses) {
        domain.getCommandStack().execute(SetCommand.create(domain, sweep(), SweepPackage.Literals.SWEEP__RESPONSES,
            new ArrayList<>(responses)));
    }

    /** A factor as the tree names it: ELEMENT.field and its values, or its range. */
    static String describe(Factor factor) {
        String values = factor.getScale() == FactorScale.LIST ? String.join(", ", factor.getValues())
            : factor.getScale().getLiteral() + " " + factor.getFrom() + " to " + factor.getTo() + " in "
                + factor.getSteps() + " steps";
        return "Factor " + FactorValues.label(factor) + ": " + values;
    }

    /** The sweep being edited; null when its file did not load. */
    public Sweep sweep() {
        return loaded.sweep();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        Path file = ResourceUtil.getFile(getEditorInput()).getLocation().toFile().toPath();
        try {
            SweepFile.save(sweep(), file);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            ResourceUtil.getFile(getEditorInput()).refreshLocal(0, monitor);
            firePropertyChange(PROP_DIRTY);
        } catch (IOException | org.eclipse.core.runtime.CoreException e) {
            PlatsimUi.log("Saving " + file + " failed; the file is as it was", e);
            MessageDialog.openError(getSite().getShell(), "Save Failed",
                "Saving " + file + " failed, and the file is as it was: " + e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        // One sweep, one file: Save As is not offered.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (tree != null) {
            tree.getControl().setFocus();
        } else {
            problems.setFocus();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class && domain != null) {
            ExtendedPropertySheetPage page = new ExtendedPropertySheetPage(domain);
            page.setPropertySourceProvider(new AdapterFactoryContentProvider(adapterFactory));
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        adapterFactory.dispose();
        super.dispose();
    }
}
