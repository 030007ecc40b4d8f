/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.platsim.engine.resource.HostCores;

/** The cache structures against plain reference collections on random traces. */
class CacheStructuresTest {

    @Test
    void everyCoreASocketMayHaveHasItsBitInTheSnoopFilterAndItsCalendar() {
        assertEquals(SnoopFilter.MAX_CORES, HostCores.PER_SOCKET);
    }

    @Test
    void theLruSetKeepsTheMostRecentLinesLikeAnAccessOrderedMap() {
        LruSet set = new LruSet(64);
        Map<Long, Boolean> reference = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > 64;
            }
        };
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            long line = random.nextInt(random.nextBoolean() ? 80 : 5000);
            boolean expected = reference.containsKey(line);
            reference.put(line, true);
            assertEquals(expected, set.touch(line), "access " + i + " to line " + line);
        }
    }

    @Test
    void aFullyAssociativeLineArrayEvictsTheLeastRecentlyUsedLine() {
        LineArray array = new LineArray(8 * LineArray.LINE, 8, false);
        Map<Long, Boolean> reference = new LinkedHashMap<>(16, 0.75f, true);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 50_000; i++) {
            long line = random.nextInt(12);
            boolean expected = reference.containsKey(line);
            reference.get(line);
            boolean hit = array.find(line) >= 0;
            assertEquals(expected, hit, "access " + i);
            if (!hit) {
                array.insert(line, (byte) 1, 8);
                long evicted = array.evictedLine();
                if (reference.size() == 8) {
                    long eldest = reference.keySet().iterator().next();
                    assertEquals(eldest, evicted);
                    reference.remove(eldest);
                }
                reference.put(line, true);
            }
        }
    }

    @Test
    void theSnoopFilterKnowsExactlyWhichCoresHoldEachLine() {
        SnoopFilter filter = new SnoopFilter();
        Map<Long, Long> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 300_000; i++) {
            long line = random.nextInt(20_000);
            int core = random.nextInt(64);
            switch (random.nextInt(3)) {
                case 0 -> {
                    filter.add(line, core);
                    reference.merge(line, 1L << core, (a, b) -> a | b);
                }
                case 1 -> {
                    filter.remove(line, core);
                    reference.computeIfPresent(line, (k, v) -> (v & ~(1L << core)) == 0 ? null : v & ~(1L << core));
                }
                default -> {
                    filter.clear(line);
                    reference.remove(line);
                }
            }
            long probe = random.nextInt(20_000);
            assertEquals(reference.getOrDefault(probe, 0L), filter.cores(probe), "line " + probe + " at " + i);
        }
        assertEquals(reference.size(), filter.size());
    }
}
