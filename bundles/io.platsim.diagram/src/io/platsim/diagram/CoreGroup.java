/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.platsim.model.Cache;
import io.platsim.model.Core;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.Socket;

/**
 * A socket's cores that are alike, with their private caches: the same clock and, level by level, caches of the
 * same geometry, timing and policies. A folded socket shows each group of two or more as one tile, its first core,
 * labelled "28 × core".
 *
 * @param socket the socket holding the cores
 * @param cores the cores, in model order
 * @param caches the caches private to them, in model order
 */
public record CoreGroup(Socket socket, List<Core> cores, List<Cache> caches) {

    private static final PlatsimPackage P = PlatsimPackage.eINSTANCE;

    /** The core whose box stands for the group. */
    public Core first() {
        return cores.get(0);
    }

    /** Whether the group folds: it has more than one core. */
    public boolean folds() {
        return cores.size() > 1;
    }

    /** The tile's title: "28 × core". */
    public String title() {
        return cores.size() + " × core";
    }

    /** The tile's detail: the clock, then each private cache: "2.0 GHz · L1 48 KiB 12-way · L2 1.25 MiB 20-way". */
    public String detail() {
        List<String> parts = new ArrayList<>(List.of(NodeLabels.detail(first())));
        caches.stream().filter(c -> c.getPrivateTo() == first())
            .sorted(Comparator.comparing(Cache::getLevel))
            .forEach(c -> parts.add(c.getLevel().getLiteral() + " " + NodeLabels.bytes(c.getSizeBytes()) + " "
                + c.getWays() + "-way"));
        String protocol = caches.isEmpty() ? "" : " " + caches.get(0).getProtocol().getLiteral();
        return String.join(" · ", parts) + protocol;
    }

    /** The socket's groups of alike cores, in the order of their first cores. */
    public static List<CoreGroup> of(Socket socket) {
        Map<Core, List<Cache>> privateCaches = new LinkedHashMap<>();
        for (Core core : socket.getCores()) {
            privateCaches.put(core, new ArrayList<>());
        }
        for (Cache cache : socket.getCaches()) {
            List<Cache> own = cache.getPrivateTo() == null ? null : privateCaches.get(cache.getPrivateTo());
            if (own != null) {
                own.add(cache);
            }
        }
        Map<List<Object>, CoreGroup> groups = new LinkedHashMap<>();
        privateCaches.forEach((core, caches) -> {
            CoreGroup group = groups.computeIfAbsent(signature(core, caches),
                s -> new CoreGroup(socket, new ArrayList<>(), new ArrayList<>()));
            group.cores.add(core);
            group.caches.addAll(caches);
        });
        return List.copyOf(groups.values());
    }

    /** True when the socket has cores alike enough to fold. */
    public static boolean foldable(Socket socket) {
        return of(socket).stream().anyMatch(CoreGroup::folds);
    }

    /**
     * The folded group {@code element} (a core or a private cache) belongs to when {@code folded} says its socket is
     * folded, or null when the element is shown as itself.
     */
    public static CoreGroup foldedGroupOf(EObject element, Predicate<EObject> folded) {
        if (!(element instanceof Core || element instanceof Cache cache && cache.getPrivateTo() != null)
                || !(element.eContainer() instanceof Socket socket) || !folded.test(socket)) {
            return null;
        }
        for (CoreGroup group : of(socket)) {
            if (group.folds() && (group.cores.contains(element) || group.caches.contains(element))) {
                return group;
            }
        }
        return null;
    }

    /**
     * What makes two cores alike: every attribute of the core and of each of its private caches (level by level),
     * except names and core ids, so that an attribute added to the metamodel tells cores apart without a change here.
     */
    private static List<Object> signature(Core core, List<Cache> caches) {
        List<Object> signature = new ArrayList<>(values(core));
        caches.stream().sorted(Comparator.comparing(Cache::getLevel)).forEach(c -> signature.add(values(c)));
        return signature;
    }

    private static List<Object> values(EObject element) {
        List<Object> values = new ArrayList<>();
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute != P.getNamedElement_Name() && attribute != P.getCore_CoreId()) {
                values.add(element.eGet(attribute));
            }
        }
        return values;
    }
}
