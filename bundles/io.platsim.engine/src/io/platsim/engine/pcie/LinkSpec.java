/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;


/**
 * A PCIe link: each direction is shared by every device whose path crosses it.
 *
 * @param name           for statistics
 * @param link           the negotiated link
 * @param latencyPs      wire latency, one way
 * @param upstreamEnd    name of the root port or switch at its upstream end
 * @param upstreamSwitch whether that end is a switch (else a root port)
 * @param forwardingPs   forwarding latency of the switch at its upstream end, 0 for a root port
 * @param downstreamEnd  name of the device or switch at its downstream end
 * @param postedHeaderCredits    posted header credits of the receiver at the upstream end, 0 for infinite
 * @param postedDataCredits      posted data credits (16 bytes each) of that receiver, 0 for infinite
 * @param nonPostedHeaderCredits non-posted header credits of that receiver, 0 for infinite
 */
public record LinkSpec(String name, LinkConfig link, long latencyPs, String upstreamEnd, boolean upstreamSwitch,
        long forwardingPs, String downstreamEnd, int postedHeaderCredits, int postedDataCredits,
        int nonPostedHeaderCredits) {
    /**
     * The link {@code name}, negotiated as {@code link}, from the root port {@code upstreamEnd} down to
     * {@code downstreamEnd}, to be described by name: no wire latency and infinite credits until told otherwise.
     */
    public static Builder of(String name, LinkConfig link, String upstreamEnd, String downstreamEnd) {
        return new Builder(name, link, upstreamEnd, downstreamEnd);
    }

    /** Builds a {@link LinkSpec} field by field, from {@link LinkSpec#of}. */
    public static final class Builder {
        private final String name;
        private final LinkConfig link;
        private final String upstreamEnd;
        private final String downstreamEnd;
        private long latencyPs;
        private boolean upstreamSwitch;
        private long forwardingPs;
        private int postedHeaderCredits;
        private int postedDataCredits;
        private int nonPostedHeaderCredits;

        private Builder(String name, LinkConfig link, String upstreamEnd, String downstreamEnd) {
            this.name = name;
            this.link = link;
            this.upstreamEnd = upstreamEnd;
            this.downstreamEnd = downstreamEnd;
        }

        /** Its wire latency, one way. */
        public Builder wire(long ps) {
            latencyPs = ps;
            return this;
        }

        /** Its upstream end is a switch that forwards in {@code ps}, not a root port. */
        public Builder fromSwitch(long ps) {
            upstreamSwitch = true;
            forwardingPs = ps;
            return this;
        }

        /** The upstream receiver's posted header, posted data and non-posted header credits (0: infinite). */
        public Builder credits(int postedHeaders, int postedData, int nonPostedHeaders) {
            postedHeaderCredits = postedHeaders;
            postedDataCredits = postedData;
            nonPostedHeaderCredits = nonPostedHeaders;
            return this;
        }

        /** The link. */
        public LinkSpec build() {
            return new LinkSpec(name, link, latencyPs, upstreamEnd, upstreamSwitch, forwardingPs, downstreamEnd,
                postedHeaderCredits, postedDataCredits, nonPostedHeaderCredits);
        }
    }
}
