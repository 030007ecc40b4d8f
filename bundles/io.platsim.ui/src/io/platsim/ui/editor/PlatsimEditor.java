/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.ui.view.ExtendedPropertySheetPage;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import io.platsim.model.Platform;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.diagram.DiagramActions;
import io.platsim.ui.diagram.DiagramPage;
import io.platsim.ui.markers.ProblemMarkers;

/**
 * The editor for {@code .platsim} files: a diagram tab (GEF) and a tree tab (EMF.Edit) on one editing domain. The
 * Properties view edits through the same command stack, so undo in any of them undoes in all. A file that does
 * not load opens as a list of its problems and is never written.
 */
public class PlatsimEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    private final ComposedAdapterFactory adapterFactory = EditingDomains.adapterFactory();
    private final AdapterFactoryEditingDomain domain = EditingDomains.domain(adapterFactory);
    private final SelectionRelay selection = new SelectionRelay();
    private final CommandStackListener commandStackListener = event -> getSite().getShell().getDisplay()
        .asyncExec(this::commandStackChanged);
    private LoadResult loaded;
    private ModelTree tree;
    private DiagramPage diagram;
    private CTabFolder tabs;
    private ExtendedPropertySheetPage propertySheetPage;
    private Composite parent;
    private FileWatcher watcher;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        site.setSelectionProvider(selection);
        loaded = ModelFiles.load(domain.getResourceSet(), EditorInputs.uri(input), EditorInputs.name(input));
        domain.getCommandStack().addCommandStackListener(commandStackListener);
        watch(ResourceUtil.getFile(input));
    }

    /** Follows {@code file} on disk (null: nothing to follow), instead of the file followed so far. */
    private void watch(IFile file) {
        if (watcher != null) {
            watcher.dispose();
            watcher = null;
        }
        if (file != null) {
            watcher = new FileWatcher(file, getSite().getShell().getDisplay(), this::fileChangedOnDisk, () -> {
                if (!isDirty()) {
                    getSite().getPage().closeEditor(PlatsimEditor.this, false);
                }
            });
        }
    }

    @Override
    public void createPartControl(Composite composite) {
        parent = composite;
        createContents();
    }

    private void createContents() {
        if (!loaded.ok()) {
            LoadErrorPane.create(parent, loaded);
            return;
        }
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        diagram = new DiagramPage(tabs, this, domain, loaded.platform(), localPath(),
            message -> getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message));
        diagram.viewer().addSelectionChangedListener(e -> selection.setSelection(diagram.modelSelection()));
        tab(tabs, "Diagram", diagram.control());
        tree = new ModelTree(tabs, this, adapterFactory);
        tree.viewer().addSelectionChangedListener(e -> selection.setSelection(e.getSelection()));
        tree.viewer().setInput(loaded.resource());
        tree.viewer().setSelection(new StructuredSelection(loaded.platform()), true);
        tree.viewer().expandToLevel(2);
        tab(tabs, "Tree", tree.viewer().getControl());
        tabs.setSelection(0);
        DiagramActions actions = new DiagramActions(this, diagram);
        Runnable install = () -> actions.install(getEditorSite().getActionBars(), diagramShown(),
            ((PlatsimActionBarContributor) getEditorSite().getActionBarContributor()).treeDelete());
        tabs.addListener(SWT.Selection, e -> {
            selection.setSelection(diagramShown() ? diagram.modelSelection() : tree.viewer().getSelection());
            install.run();
        });
        install.run();
        if (!loaded.warnings().isEmpty()) {
            getEditorSite().getActionBars().getStatusLineManager().setMessage(loaded.warnings().get(0).message());
        }
        IFile file = file();
        if (file != null) {
            ProblemMarkers.update(file, loaded.platform());
        }
    }

    private static void tab(CTabFolder tabs, String text, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    private boolean diagramShown() {
        return diagram != null && tabs != null && !tabs.isDisposed() && tabs.getSelectionIndex() == 0;
    }

    /** The model's file on disk, or null when it is not a local file. */
    private Path localPath() {
        IFile file = file();
        if (file != null && file.getLocation() != null) {
            return file.getLocation().toFile().toPath();
        }
        return loaded.resource().getURI().isFile() ? Path.of(loaded.resource().getURI().toFileString()) : null;
    }

    /** The diagram tab, or null when the file did not load. */
    public DiagramPage diagram() {
        return diagram;
    }

    /** The file changed outside the editor: reload it, asking first when there are unsaved edits. */
    private void fileChangedOnDisk() {
        if (parent == null || parent.isDisposed()) {
            return;
        }
        String question = EditorInputs.name(getEditorInput()) + " has changed on disk. Discard your unsaved edits and"
            + " load it?";
        if (isDirty() && !MessageDialog.openQuestion(getSite().getShell(), "File Changed", question)) {
            return;
        }
        Resource old = loaded.resource();
        old.unload();
        domain.getResourceSet().getResources().remove(old);
        ((BasicCommandStack) domain.getCommandStack()).flush();
        loaded = ModelFiles.load(domain.getResourceSet(), old.getURI(), EditorInputs.name(getEditorInput()));
        for (Control child : parent.getChildren()) {
            child.dispose();
        }
        tree = null;
        if (diagram != null) {
            diagram.dispose();
            diagram = null;
        }
        createContents();
        parent.layout(true, true);
        firePropertyChange(PROP_DIRTY);
    }

    /** The model's root, or null when the file did not load. */
    public Platform platform() {
        return loaded == null ? null : loaded.platform();
    }

    /** What loading the file gave, errors included. */
    public LoadResult loadResult() {
        return loaded;
    }

    public TreeViewer viewer() {
        return tree == null ? null : tree.viewer();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    private IFile file() {
        return ResourceUtil.getFile(getEditorInput());
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        if (propertySheetPage != null && propertySheetPage.getControl() != null
                && !propertySheetPage.getControl().isDisposed()) {
            propertySheetPage.refresh();
        }
        Command last = domain.getCommandStack().getMostRecentCommand();
        if (last != null && tree != null) {
            setSelectionToViewer(last.getAffectedObjects());
        }
    }

    /** Selects and reveals {@code objects} in the tree and the diagram. */
    public void setSelectionToViewer(Collection<?> objects) {
        if (tree != null && objects != null && !objects.isEmpty()) {
            tree.viewer().setSelection(new StructuredSelection(objects.toArray()), true);
            if (diagramShown()) {
                diagram.select(objects);
            }
        }
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return loaded != null && loaded.ok();
    }

    /**
     * Saves the model, and its diagram's layout beside it, as a new file the user picks; the editor then edits the
     * copy, and the original file stays as it was on disk. A copy that cannot be written leaves the editor on the
     * original.
     */
    @Override
    public void doSaveAs() {
        if (!isSaveAsAllowed()) {
            return;
        }
        IFile target = SaveAsTarget.ask(getSite().getShell(), file());
        if (target == null) {
            return;
        }
        Resource resource = loaded.resource();
        URI original = resource.getURI();
        resource.setURI(URI.createPlatformResourceURI(target.getFullPath().toString(), true));
        try {
            resource.save(null);
        } catch (IOException | RuntimeException e) {
            resource.setURI(original);
            SaveAsTarget.failed(getSite().getShell(), target, e, EditorInputs.name(getEditorInput()));
            return;
        }
        setInputWithNotify(new FileEditorInput(target));
        setPartName(target.getName());
        watch(target);
        saved(new NullProgressMonitor());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!loaded.ok()) {
            return;
        }
        Resource resource = loaded.resource();
        try {
            resource.save(null);
        } catch (IOException | RuntimeException e) {
            PlatsimUi.log("Saving " + EditorInputs.name(getEditorInput()) + " failed", e);
            MessageDialog.openError(getSite().getShell(), "Save failed", "PlatSim could not save "
                + EditorInputs.name(getEditorInput()) + ":\n\n" + e.getMessage()
                + "\n\nThe file on disk is unchanged; your edits are still in the editor.");
            monitor.setCanceled(true);
            return;
        }
        saved(monitor);
    }

    /** After the model is safe on disk: its layout beside it, the workspace told, markers and dirty state updated. */
    private void saved(IProgressMonitor monitor) {
        saveLayout();
        IFile file = file();
        if (file != null) {
            if (watcher != null) {
                watcher.saved();
            }
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            } catch (CoreException e) {
                PlatsimUi.log("Refreshing " + file.getFullPath() + " failed", e);
            }
            ProblemMarkers.update(file, loaded.platform());
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
    }

    /** Writes the diagram's layout beside the model; the model itself is already safe on disk. */
    private void saveLayout() {
        Path path = localPath();
        if (diagram == null || path == null) {
            return;
        }
        try {
            diagram.save(path);
        } catch (IOException | RuntimeException e) {
            PlatsimUi.log("Saving the diagram layout of " + path + " failed", e);
            MessageDialog.openError(getSite().getShell(), "Layout not saved", "The model is saved, but PlatSim could"
                + " not write its diagram layout beside it:\n\n" + e.getMessage());
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        EObject element = ProblemMarkers.elementOf(marker, domain.getResourceSet());
        if (element != null) {
            setSelectionToViewer(List.of(element));
            setFocus();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(propertySheetPage());
        }
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        if (adapter == IContentOutlinePage.class && diagram != null) {
            return adapter.cast(diagram.outline());
        }
        if (adapter == GraphicalViewer.class && diagram != null) {
            return adapter.cast(diagram.viewer());
        }
        if (adapter == ZoomManager.class && diagram != null) {
            return adapter.cast(diagram.zoomManager());
        }
        return super.getAdapter(adapter);
    }

    private IPropertySheetPage propertySheetPage() {
        if (propertySheetPage == null || propertySheetPage.getControl() == null
                || propertySheetPage.getControl().isDisposed()) {
            propertySheetPage = new ModelPropertySheetPage(this, adapterFactory);
        }
        return propertySheetPage;
    }

    @Override
    public void setFocus() {
        if (diagramShown()) {
            diagram.viewer().getControl().setFocus();
        } else if (tree != null) {
            tree.viewer().getControl().setFocus();
        }
    }

    @Override
    public void dispose() {
        if (watcher != null) {
            watcher.dispose();
        }
        domain.getCommandStack().removeCommandStackListener(commandStackListener);
        if (diagram != null) {
            diagram.dispose();
        }
        if (propertySheetPage != null) {
            propertySheetPage.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }
}
