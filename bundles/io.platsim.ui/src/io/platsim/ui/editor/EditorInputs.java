/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.ResourceUtil;

/** What the model editor reads from its input: the model's URI, and the name messages give it. */
final class EditorInputs {

    private EditorInputs() {
    }

    /** The URI of the model {@code input} opens. */
    static URI uri(IEditorInput input) throws PartInitException {
        IFile file = ResourceUtil.getFile(input);
        if (file != null) {
            return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
        }
        if (input instanceof IURIEditorInput uriInput) {
            return URI.createURI(uriInput.getURI().toString());
        }
        throw new PartInitException("PlatSim opens models from files; '" + input.getName() + "' is not one");
    }

    /** The workspace path of {@code input}'s file, or its name. */
    static String name(IEditorInput input) {
        IFile file = ResourceUtil.getFile(input);
        return file != null ? file.getFullPath().toString() : input.getName();
    }
}
