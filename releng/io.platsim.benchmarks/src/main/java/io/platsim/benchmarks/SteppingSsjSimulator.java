/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.benchmarks;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/** SSJ's simulator, stepped one event at a time the way its own {@code start()} loop does. */
final class SteppingSsjSimulator extends Simulator {

    SteppingSsjSimulator(EventList list) {
        super(list);
        // What start() does before its loop; removeFirstEvent() returns nothing while stopped.
        stopped = false;
        simulating = true;
    }

    /** Takes the first event (advancing the clock to it) and runs it. */
    void step() {
        Event event = removeFirstEvent();
        if (event == null) {
            throw new IllegalStateException("the SSJ event list is empty: the hold model lost its events");
        }
        event.actions();
    }
}
