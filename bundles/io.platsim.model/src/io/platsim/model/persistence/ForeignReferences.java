/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.platsim.model.labels.Labels;

/**
 * A PlatSim model is one file: a reference to an element of another file (an href such as
 * {@code other.platsim#_x}) is never followed, so it would stay an empty placeholder that validation and the
 * compiler cannot use. Each one is a load error naming the element, the field, the reference and its line.
 */
final class ForeignReferences {

    private ForeignReferences() {
    }

    /** Reports every reference of {@code resource} to another file; true when there is none. */
    static boolean none(Resource resource, LoadErrors errors, Function<String, List<Integer>> lines) {
        boolean none = true;
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || reference.isTransient() || !element.eIsSet(reference)) {
                    continue;
                }
                Object value = element.eGet(reference, false);
                for (Object target : value instanceof List<?> list ? list : List.of(value)) {
                    if (target instanceof InternalEObject proxy && proxy.eIsProxy()) {
                        String uri = proxy.eProxyURI().deresolve(resource.getURI()).toString();
                        errors.addForeignReference(Labels.describe(element), reference, uri,
                            lines.apply(reference.getName() + "=\"" + uri));
                        none = false;
                    }
                }
            }
        }
        return none;
    }
}
