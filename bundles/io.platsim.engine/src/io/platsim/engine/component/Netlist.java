/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.platsim.engine.resource.Channel;

/**
 * The components of a platform and the links between their ports. Joining checks that both components belong
 * here, that both ports are declared, and that no port takes more links than it declares; a model reaches
 * another only by asking the netlist what is at the far end of one of its ports.
 */
public final class Netlist {

    private final List<Component> components = new ArrayList<>();
    private final Map<String, Component> byName = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<Component, Map<String, List<Link>>> attached = new HashMap<>();

    /** Adds {@code component}; its kind and name must be new here. */
    public <C extends Component> C add(C component) {
        String key = key(component.spec().kind(), component.spec().name());
        if (byName.putIfAbsent(key, component) != null) {
            throw new IllegalArgumentException("two components are " + component.spec());
        }
        components.add(component);
        attached.put(component, new HashMap<>());
        return component;
    }

    private static String key(String kind, String name) {
        return kind + "/" + name;
    }

    /** The component of {@code kind} named {@code name}, or null. */
    public Component find(String kind, String name) {
        return byName.get(key(kind, name));
    }

    /** Joins port {@code portA} of {@code a} (the end toward the host) to port {@code portB} of {@code b}. */
    public Link connect(String name, Component a, String portA, Component b, String portB, Channel toB,
            Channel toA) {
        Link link = new Link(name, check(a, portA, name), check(b, portB, name), toB, toA);
        attached.get(a).computeIfAbsent(portA, p -> new ArrayList<>()).add(link);
        attached.get(b).computeIfAbsent(portB, p -> new ArrayList<>()).add(link);
        links.add(link);
        return link;
    }

    private Link.End check(Component component, String port, String link) {
        if (!attached.containsKey(component)) {
            throw new IllegalArgumentException("link " + link + ": " + component.spec() + " is not in the platform");
        }
        ComponentSpec.Port declared = component.spec().port(port);
        if (declared == null) {
            throw new IllegalArgumentException("link " + link + ": " + component.spec() + " has no port " + port
                + "; it declares " + component.spec().ports().stream().map(ComponentSpec.Port::name).toList());
        }
        List<Link> there = attached.get(component).getOrDefault(port, List.of());
        if (there.size() >= declared.maxLinks()) {
            throw new IllegalArgumentException("link " + link + ": " + component.spec() + "." + port + " takes "
                + declared.maxLinks() + " link(s) and already has " + there);
        }
        return new Link.End(component, port);
    }

    /** The links at port {@code port} of {@code component}. */
    public List<Link> links(Component component, String port) {
        return Collections.unmodifiableList(attached.get(component).getOrDefault(port, List.of()));
    }

    /** The one link at port {@code port} of {@code component}, or null when nothing is attached. */
    public Link link(Component component, String port) {
        List<Link> there = links(component, port);
        return there.isEmpty() ? null : there.get(0);
    }

    public List<Component> components() {
        return Collections.unmodifiableList(components);
    }

    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }
}
