/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import io.platsim.model.Platform;

/**
 * A {@code .platsim} file: XMI with stable element ids.
 *
 * <p>Loading refuses DOCTYPE declarations (and so every external entity) and keeps attributes and elements
 * it does not know, which are written back on save. Saving first serializes into memory, so a model that
 * cannot be written never touches the file; a local file is then replaced atomically through a temporary
 * file beside it, so a crash mid-save leaves the last good file.
 */
public class PlatsimResource extends XMIResourceImpl {

    /** The suffix of a save's temporary file. */
    static final String SAVING = ".saving";
    /** Age under which a temporary file may be a save's that has not locked it yet. */
    private static final long STALE_MILLIS = 2_000;

    /** The Xerces feature that makes the parser reject any DOCTYPE, closing the door on XXE. */
    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    public PlatsimResource(URI uri) {
        super(uri);
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        Map<String, Boolean> parserFeatures = new HashMap<>();
        parserFeatures.put(DISALLOW_DOCTYPE, Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        load.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, 100);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        if (!getContents().isEmpty() && getContents().get(0) instanceof Platform platform) {
            // The file records the defaults it means (see Defaults).
            platform.setDefaultsRevision(Defaults.CURRENT);
        }
        Path target = localPath(getURI());
        if (target == null) {
            super.save(options);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        super.save(bytes, options);
        writeAtomically(target, bytes);
        setModified(false);
    }

    /**
     * Writes {@code bytes} to {@code target} through a temporary file in the same folder and a rename. The
     * temporary file reaches the disk before the rename, and the rename before this returns, so a power loss
     * keeps the old file or the new one whole; temporary files that interrupted saves left behind go first.
     */
    public static void writeAtomically(Path target, ByteArrayOutputStream bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        removeStale(folder, "." + target.getFileName());
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), SAVING);
        // The save holds a lock on its temporary file until it is done: a file no one holds is a dead save's.
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE);
                FileLock held = out.lock()) {
            keepPermissions(target, temporary);
            out.write(ByteBuffer.wrap(bytes.toByteArray()));
            out.force(true);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Removes the temporary files of saves of this file that died: no process holds their lock, and they are older
     * than a save takes to lock its own.
     */
    private static void removeStale(Path folder, String prefix) {
        long before = System.currentTimeMillis() - STALE_MILLIS;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(SAVING);
        })) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toMillis() < before && !held(file)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Litter that cannot be removed now is removed by a later save.
        }
    }

    /** Whether a save, in this process or another, still holds {@code file}. */
    private static boolean held(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** Makes the folder's new entry durable (where the file system lets a folder be synced). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every file system syncs folders; the rename itself is still atomic.
        }
    }

    /** Gives the new file the old one's permissions (or rw-r--r-- for a new file), not the temporary's 0600. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /** The local file behind a file or platform-resource URI, or null when there is none. */
    static Path localPath(URI uri) {
        URI resolved = uri;
        if (uri.isPlatformResource()) {
            resolved = EcorePlugin.resolvePlatformResourcePath(uri.toPlatformString(true));
        }
        if (resolved != null && resolved.isFile()) {
            return Path.of(resolved.toFileString());
        }
        return null;
    }
}
