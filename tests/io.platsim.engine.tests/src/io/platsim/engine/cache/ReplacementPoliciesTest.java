/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** What each replacement policy keeps and pushes out, on one set of a {@link LineArray}. */
class ReplacementPoliciesTest {

    private static final byte CLEAN = 1;

    /** One set of {@code ways} ways. */
    private static LineArray set(int ways, Replacement policy, long seed) {
        return new LineArray((long) ways * LineArray.LINE, ways, false, policy, seed);
    }

    /** What {@link #access} returns on a hit. */
    private static final long HIT = Long.MIN_VALUE;

    /** Looks {@code line} up and fills it on a miss; returns {@link #HIT}, or the line the fill pushed out (or -1). */
    private static long access(LineArray set, long line) {
        if (set.find(line) >= 0) {
            return HIT;
        }
        return LineArray.victimLine(set.insert(line, CLEAN, set.ways()));
    }

    @Test
    void everySetOfALargerArrayStartsAsTheFirstDoes() {
        // Seven sets of four ways (their ranks are copied from the first set's in doubling blocks, the last one
        // partial): in each, after four fills and a hit on the first line, the next fill pushes out the way a lone
        // set's would (under LRU, the second line).
        for (Replacement policy : List.of(Replacement.LRU, Replacement.PLRU, Replacement.RRIP)) {
            LineArray array = new LineArray(7 * 4 * LineArray.LINE, 4, false, policy, 0);
            for (long set = 0; set < 7; set++) {
                LineArray first = set(4, policy, 0);
                for (long way = 0; way < 4; way++) {
                    access(array, set + 7 * way);
                    access(first, 100 * set + way);
                }
                assertEquals(HIT, access(array, set));
                access(first, 100 * set);
                assertEquals(LineArray.victimLine(first.insert(100 * set + 9, CLEAN, 4)) - 100 * set,
                    (LineArray.victimLine(array.insert(set + 7 * 9, CLEAN, 4)) - set) / 7, policy + ", set " + set);
            }
        }
    }

    @Test
    void treePseudoLruForgetsTheOrderWithinAHalf() {
        // Four ways: A, B, C, D, then A again. LRU would push out B, the least recently used; the tree only knows
        // that the left half (A, B) was used last and that D was used after C, so it pushes out C.
        for (Replacement policy : List.of(Replacement.LRU, Replacement.PLRU)) {
            LineArray set = set(4, policy, 0);
            for (long line : new long[] {10, 11, 12, 13, 10}) {
                access(set, line);
            }
            long victim = LineArray.victimLine(set.insert(14, CLEAN, 4));
            assertEquals(policy == Replacement.LRU ? 11 : 12, victim, policy.name());
        }
    }

    @Test
    void neitherLruNorTheTreePushesOutTheLineUsedLast() {
        // (RRIP may: when every way is predicted alike, the first way goes, however recent.)
        for (Replacement policy : List.of(Replacement.LRU, Replacement.PLRU)) {
            LineArray set = set(8, policy, 3);
            SplittableRandom random = new SplittableRandom(7);
            long last = -2;
            for (int i = 0; i < 20_000; i++) {
                long line = random.nextInt(20);
                long victim = access(set, line);
                if (victim != HIT) {
                    assertNotEquals(last, victim, policy + " at access " + i);
                }
                last = line;
            }
        }
    }

    @Test
    void rripKeepsLinesUsedAgainThroughAScanWhereLruLosesThem() {
        // Eight ways: four lines used twice, then eight lines used once (a scan), then the four again.
        for (Replacement policy : List.of(Replacement.LRU, Replacement.RRIP)) {
            LineArray set = set(8, policy, 0);
            for (int round = 0; round < 2; round++) {
                for (long line = 0; line < 4; line++) {
                    access(set, line);
                }
            }
            for (long line = 100; line < 108; line++) {
                access(set, line);
            }
            int hits = 0;
            for (long line = 0; line < 4; line++) {
                hits += access(set, line) == HIT ? 1 : 0;
            }
            assertEquals(policy == Replacement.RRIP ? 4 : 0, hits, policy.name());
        }
    }

    @Test
    void randomHitsALoopOneLineLongerThanTheSetWhereLruNeverDoes() {
        int lru = loopHits(Replacement.LRU, 1);
        int random = loopHits(Replacement.RANDOM, 1);
        assertEquals(0, lru);
        assertTrue(random > 2_000, random + " hits of 9,000");
    }

    @Test
    void randomChoicesFollowTheSeed() {
        assertEquals(victims(1), victims(1));
        assertNotEquals(victims(1), victims(2));
    }

    @Test
    void everyPolicyFillsOnlyTheWaysItIsGiven() {
        for (Replacement policy : Replacement.values()) {
            LineArray set = set(8, policy, 5);
            for (long line = 0; line < 8; line++) {
                access(set, line);
            }
            // DMA-like fills limited to the first two ways push out only the lines there.
            for (long line = 100; line < 200; line++) {
                long victim = LineArray.victimLine(set.insert(line, CLEAN, 2));
                assertTrue(victim < 2 || victim >= 100, policy + ": " + victim);
            }
            for (long line = 2; line < 8; line++) {
                assertTrue(set.peek(line) >= 0, policy + " lost line " + line);
            }
        }
    }

    @Test
    void treePseudoLruRefusesAnAssociativityThatIsNotAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> set(12, Replacement.PLRU, 0));
    }

    /** Hits of a loop over nine lines on an eight-way set, 1,000 rounds after the first. */
    private static int loopHits(Replacement policy, long seed) {
        LineArray set = set(8, policy, seed);
        int hits = 0;
        for (int round = 0; round < 1_001; round++) {
            for (long line = 0; line < 9; line++) {
                boolean hit = access(set, line) == HIT;
                hits += hit && round > 0 ? 1 : 0;
            }
        }
        return hits;
    }

    private static List<Long> victims(long seed) {
        LineArray set = set(8, Replacement.RANDOM, seed);
        List<Long> victims = new ArrayList<>();
        for (long line = 0; line < 200; line++) {
            long victim = access(set, line % 13);
            if (victim != HIT) {
                victims.add(victim);
            }
        }
        return victims;
    }
}
