/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.workspace;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.wizards.IWizardDescriptor;

import io.platsim.ui.PlatsimUi;
import io.platsim.ui.charts.ChartsView;
import io.platsim.ui.launch.SimulationShortcut;
import io.platsim.ui.wizards.NewModelWizard;

/**
 * What to do first, shown on a workspace's first start and from Help > Welcome to PlatSim: each step names where
 * the product does it, and its link does it.
 */
public class WelcomeView extends ViewPart {

    public static final String ID = PlatsimUi.ID + ".welcome";
    /** The example sweep a step opens. */
    static final String FIRST_SWEEP = "PlatSim Examples/sweeps/nic-pcie-link.sweep";

    private Composite body;

    @Override
    public void createPartControl(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Label title = new Label(body, SWT.NONE);
        title.setText("Welcome to PlatSim");
        title.setFont(JFaceResources.getHeaderFont());
        text("Draw a computer platform, simulate it, and see where DMA, coherence, IOMMU and interrupt time goes.");
        step("1. <a>Open the two-socket server</a>: two sockets of 28 cores, a 100 GbE NIC and one of its virtual "
            + "functions, an NVMe drive, a DSA accelerator, an IOMMU and two VMs. The \"+\" in a socket's header "
            + "unfolds its cores.",
            page -> openFile(page, ExampleWorkspaceStartup.FIRST_MODEL));
        step("2. Check it: save, or PlatSim > Validate. Problems show as badges on the boxes and in the Problems view; "
            + "double-click one to select its element.", null);
        step("3. <a>Run it</a> (Run As > PlatSim Simulation, or the Run button with the model's editor in front). The "
            + "Console shows the summary; the run's folder lands in the project's Runs folder.", this::run);
        step("4. <a>Look at the charts</a>: DMA throughput and latency, snoops, IOMMU walks, interrupts and VM exits, "
            + "for the run chosen in the Charts view. Select two runs and Compare Runs to see what changed.",
            page -> page.showView(ChartsView.ID));
        step("5. <a>Draw your own platform</a>: File > New > PlatSim Model starts from a template; the palette beside "
            + "the diagram holds every kind of element.", page -> newModel());
        step("6. <a>Explore a design space</a>: a sweep runs a model over a grid of settings and seeds and gathers "
            + "the results with confidence intervals (Run As > PlatSim Sweep).",
            page -> openFile(page, FIRST_SWEEP));
        step("<a>Help > Help Contents</a> opens the guide: getting started, the diagram, runs and charts, sweeps, the "
            + "engine and its validation. Help > Welcome to PlatSim brings this page back.",
            page -> page.showView(io.platsim.ui.guide.GuideView.ID));
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> {
            int width = scroll.getClientArea().width;
            scroll.setMinSize(body.computeSize(width, SWT.DEFAULT));
            body.layout(true, true);
        });
    }

    private void text(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** A step whose link does {@code action} on the active page; a step with no link when {@code action} is null. */
    private void step(String text, PageAction action) {
        Link link = new Link(body, SWT.WRAP);
        link.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.verticalIndent = 6;
        link.setLayoutData(data);
        if (action != null) {
            link.addListener(SWT.Selection, e -> {
                try {
                    action.run(getSite().getPage());
                } catch (CoreException failed) {
                    MessageDialog.openError(getSite().getShell(), "Welcome to PlatSim", failed.getMessage());
                }
            });
        }
    }

    private static void openFile(IWorkbenchPage page, String path) throws PartInitException {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(path));
        if (!file.exists()) {
            throw new PartInitException(path + " is not in this workspace: it holds the PlatSim Examples project "
                + "when started with ./platsim");
        }
        IDE.openEditor(page, file);
    }

    private void run(IWorkbenchPage page) throws PartInitException {
        openFile(page, ExampleWorkspaceStartup.FIRST_MODEL);
        new SimulationShortcut().launch(page.getActiveEditor(), "run");
    }

    private void newModel() throws CoreException {
        IWizardDescriptor descriptor = getSite().getWorkbenchWindow().getWorkbench().getNewWizardRegistry()
            .findWizard(NewModelWizard.ID);
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(getSite().getShell(), wizard).open();
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }

    /** What a step's link does. */
    @FunctionalInterface
    private interface PageAction {
        void run(IWorkbenchPage page) throws CoreException;
    }
}
