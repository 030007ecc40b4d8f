/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.URIHandler;

/**
 * The URI converter a model is loaded through: it reads the model file and nothing else. A schema location, an
 * unknown namespace or a package reference written in the file would otherwise make EMF open whatever it names (a
 * local file, a device, a FIFO that never answers, a URL); here every such stream is refused, and every question
 * about such a URI answered as if it did not exist, before any file or connection is opened. Everything else goes
 * to the resource set's own converter.
 */
final class ModelOnlyConverter implements URIConverter {

    private final URIConverter delegate;
    private final URI model;

    ModelOnlyConverter(URIConverter delegate, URI model) {
        this.delegate = delegate;
        this.model = delegate.normalize(model);
    }

    private boolean allowed(URI uri) {
        return uri != null && model.equals(delegate.normalize(uri));
    }

    private IOException refused(URI uri) {
        return new IOException("a model file may not make PlatSim read " + uri + "; it reads only " + model);
    }

    @Override
    public InputStream createInputStream(URI uri) throws IOException {
        return createInputStream(uri, null);
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        if (!allowed(uri)) {
            throw refused(uri);
        }
        return delegate.createInputStream(uri, options);
    }

    @Override
    public OutputStream createOutputStream(URI uri) throws IOException {
        return createOutputStream(uri, null);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("nothing is written while a model loads: " + uri);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("nothing is deleted while a model loads: " + uri);
    }

    @Override
    public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
        return allowed(uri) ? delegate.contentDescription(uri, options) : Map.of();
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return allowed(uri) && delegate.exists(uri, options);
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return allowed(uri) ? delegate.getAttributes(uri, options) : Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        throw new IOException("nothing is changed while a model loads: " + uri);
    }

    @Override
    public URI normalize(URI uri) {
        return delegate.normalize(uri);
    }

    @Override
    public Map<URI, URI> getURIMap() {
        return delegate.getURIMap();
    }

    @Override
    public EList<URIHandler> getURIHandlers() {
        return delegate.getURIHandlers();
    }

    @Override
    public URIHandler getURIHandler(URI uri) {
        return delegate.getURIHandler(uri);
    }

    @Override
    public EList<ContentHandler> getContentHandlers() {
        return delegate.getContentHandlers();
    }
}
