/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            if (random.nextInt(5) == 0) {
                // A removal moves the entries after it in the table back: every line must still be found.
                reference.remove(line);
                assertEquals(expected, set.remove(line), "removal " + i + " of line " + line);
                for (long held : reference.keySet()) {
                    assertTrue(set.contains(held), "line " + held + " after removal " + i);
                }
                continue;
            }
            reference.put(line, true);
            assertEquals(expected, set.touch(line), "access " + i + " to line " + line);
        }
    }

    @Test
    void aSlicedLlcPutsTheLinesOfABlockInConsecutiveSetsWrappingPastTheLastToTheFirst() {
        // 40 sets of one way, not a power of two: most blocks' first sets lie less than 32 sets before the last.
        int sets = 40;
        for (long block = 0; block < 500; block++) {
            LineArray array = new LineArray(sets * LineArray.LINE, 1, true, Replacement.LRU, 0);
            for (long line = block * 32; line < block * 32 + 32; line++) {
                assertEquals(LineArray.NO_VICTIM, array.insert(line, (byte) 1, 1), "block " + block + ", line " + line);
            }
            for (long line = block * 32; line < block * 32 + 32; line++) {
                assertTrue(array.peek(line) >= 0, "block " + block + ", line " + line);
            }
        }
    }

    @Test
    void aFullyAssociativeLineArrayEvictsTheLeastRecentlyUsedLine() {
        LineArray array = new LineArray(8 * LineArray.LINE, 8, false, Replacement.LRU, 0);
        Map<Long, Boolean> reference = new LinkedHashMap<>(16, 0.75f, true);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 50_000; i++) {
            long line = random.nextInt(12);
            boolean expected = reference.containsKey(line);
            reference.get(line);
            boolean hit = array.find(line) >= 0;
            assertEquals(expected, hit, "access " + i);
            if (!hit) {
                long evicted = LineArray.victimLine(array.insert(line, (byte) 1, 8));
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
    void aLineArrayWithLimitedWaysAndRemovalsReplacesAsAnLruReferenceDoes() {
        // A reference set kept the plain way: a key and a last-use time per way; the victim is the first empty way
        // of the first `limit`, else the least recently used of them.
        int ways = 8;
        LineArray array = new LineArray(ways * LineArray.LINE, ways, false, Replacement.LRU, 0);
        long[] keys = new long[ways];
        long[] used = new long[ways];
        byte[] states = new byte[ways];
        long clock = 0;
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            long line = random.nextInt(14);
            int way = -1;
            for (int w = 0; w < ways; w++) {
                way = keys[w] == line + 1 ? w : way;
            }
            int op = random.nextInt(10);
            int slot = op < 8 ? array.find(line) : array.peek(line);
            assertEquals(way >= 0, slot >= 0, "access " + i);
            if (way >= 0 && op < 8) {
                used[way] = ++clock;
                assertEquals(states[way], array.state(slot), "state at access " + i);
            }
            if (way >= 0 && op == 8) {
                array.remove(slot);
                keys[way] = 0;
                used[way] = 0;
            } else if (way >= 0 && op == 9) {
                states[way] = (byte) random.nextInt(6);
                array.state(slot, states[way]);
            } else if (way < 0) {
                int limit = 1 + random.nextInt(ways);
                int victim = 0;
                for (int w = 0; w < limit; w++) {
                    if (keys[w] == 0) {
                        victim = w;
                        break;
                    }
                    victim = used[w] < used[victim] ? w : victim;
                }
                byte state = (byte) random.nextInt(6);
                long pushedOut = array.insert(line, state, limit);
                assertEquals(keys[victim] - 1, LineArray.victimLine(pushedOut), "victim at access " + i);
                if (keys[victim] != 0) {
                    assertEquals(states[victim], LineArray.victimState(pushedOut), "victim's state at access " + i);
                } else {
                    assertEquals(LineArray.NO_VICTIM, pushedOut, "an empty way at access " + i);
                }
                keys[victim] = line + 1;
                used[victim] = ++clock;
                states[victim] = state;
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
