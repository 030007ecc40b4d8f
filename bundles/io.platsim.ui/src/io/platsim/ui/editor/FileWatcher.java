/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;

/**
 * Tells an editor when its file changes on disk or disappears, unless the change is the editor's own save
 * (recognised by the checksum of the bytes it wrote).
 */
final class FileWatcher implements IResourceChangeListener {

    private final IFile file;
    private final Display display;
    private final Runnable changed;
    private final Runnable deleted;
    private long ownChecksum = -1;

    /** Follows {@code file}: {@code changed} when another program changes it, {@code deleted} when it goes. */
    FileWatcher(IFile file, Display display, Runnable changed, Runnable deleted) {
        this.file = file;
        this.display = display;
        this.changed = changed;
        this.deleted = deleted;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    /** The editor has just written the file: a change to exactly these bytes is its own. */
    void saved() {
        ownChecksum = checksum();
    }

    /** CRC-32 of the file's bytes on disk, or -2 when they cannot be read. */
    private long checksum() {
        try {
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(Path.of(file.getLocationURI())));
            return crc.getValue();
        } catch (IOException | RuntimeException e) {
            return -2;
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        if (delta.getKind() == IResourceDelta.REMOVED && (delta.getFlags() & IResourceDelta.MOVED_TO) == 0) {
            display.asyncExec(deleted);
        } else if (delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
            // Decided on the UI thread: a save runs there, so by then it has recorded what it wrote.
            display.asyncExec(() -> {
                if (checksum() != ownChecksum) {
                    changed.run();
                }
            });
        }
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }
}
