/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import io.platsim.ui.guide.GuidePages.Page;

/**
 * The pictures of the page the guide shows (the screenshots under docs/images), read from the guide's files and
 * scaled down, smoothly, to the width the page has; disposed when the page changes or the view closes.
 */
final class GuidePictures {

    private final List<Image> images = new ArrayList<>();

    /** The picture {@code link} names from {@code from}, at most {@code width} pixels wide; null when unreadable. */
    Image load(Display display, Page from, String link, int width) {
        URL url = GuidePages.file(from, link);
        if (url == null) {
            return null;
        }
        ImageData data;
        try (InputStream in = url.openStream()) {
            data = new ImageData(in);
        } catch (IOException | SWTException e) {
            return null;
        }
        Image full = new Image(display, data);
        if (data.width <= width) {
            images.add(full);
            return full;
        }
        int height = Math.max(1, (int) Math.round((double) data.height * width / data.width));
        Image scaled = new Image(display, width, height);
        GC gc = new GC(scaled);
        gc.setAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(full, 0, 0, data.width, data.height, 0, 0, width, height);
        gc.dispose();
        full.dispose();
        images.add(scaled);
        return scaled;
    }

    /** The sizes of the pictures shown. */
    List<Rectangle> bounds() {
        return images.stream().map(Image::getBounds).toList();
    }

    void dispose() {
        images.forEach(Image::dispose);
        images.clear();
    }
}
