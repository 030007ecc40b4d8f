/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import java.util.Arrays;

import io.platsim.engine.kernel.EventHandler;
import io.platsim.engine.kernel.Simulator;
import io.platsim.engine.pcie.PcieFabric;
import io.platsim.engine.socket.HomeAgents;
import io.platsim.engine.socket.SocketModel;

/**
 * DMA transfers as events: a stream's, a request/response flow's, an accelerator's. A transfer puts its TLPs on the
 * links when it starts (each link's credits and ordering rules permitting); then each TLP is an event when the
 * root complex has taken it in (the IOMMU translates the transfer's pages when the first one arrives), and each of
 * its cache lines is an event at its home socket, taken one after the other when the TLP has got there, where its
 * snoops and its LLC or memory access happen. The last line settles the transfer's timing. A read request's
 * completions go down the links once its own lines are ready.
 * <p>
 * DMA and interrupt records carry the time their transfer was issued, so a stream's transfers are held until
 * every one issued before has finished, and their records written in issue order ({@link Listener#retired}).
 * Transfers and TLPs in flight live in pools that grow to the most ever in flight: nothing is allocated per event.
 */
public final class DmaTransfers implements EventHandler {

    /** What a transfer's owner does once its timing is known, and once its records may go. */
    public interface Listener {
        /** The transfer's timing is known (at the event of its last line). */
        void finished(DmaTransfer transfer);

        /** Every recorded transfer issued before this one has finished: its records may be written. */
        default void retired(DmaTransfer transfer) {
        }
    }

    private static final int TLP = 0;
    private static final int LINE = 1;
    private static final int SLOT_BITS = 32;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;

    private final Simulator sim;
    private final int handler;
    private final Landings landings;

    private DmaTransfer[] pool = new DmaTransfer[64];
    private int[] freeTransfers = new int[64];
    private int freeTransferCount;
    private int transferCount;
    /** Transfers in issue order, from {@code head}, until retired. */
    private DmaTransfer[] ring = new DmaTransfer[64];
    private int head;
    private int inRing;

    /** TLPs in flight, by slot: their transfer, when they reached the root complex and home, their lines. */
    private int[] tlpTransfer = new int[256];
    private long[] tlpArrival = new long[256];
    private long[] tlpAtRoot = new long[256];
    private long[] tlpAtHome = new long[256];
    private long[] tlpFirstLine = new long[256];
    private int[] tlpLines = new int[256];
    private int[] tlpBytes = new int[256];
    /** A read request's: when its latest line was ready, and that line's coherence time. */
    private long[] tlpReady = new long[256];
    private long[] tlpCoherence = new long[256];
    /** A read request the device's own socket answers: its lines are not homed there, but cached there. */
    private boolean[] tlpLocal = new boolean[256];
    private int[] freeTlps = new int[256];
    private int freeTlpCount;
    private int tlpCount;

    public DmaTransfers(Simulator sim) {
        this.sim = sim;
        handler = sim.register(this);
        landings = new Landings(sim);
    }

    /**
     * A transfer for {@code owner} on {@code path}, issued now; {@link #start} or {@link #finish} it. When
     * {@code recorded}, its owner hears it {@link Listener#retired retired} in issue order.
     */
    public DmaTransfer open(Listener owner, int tag, DmaPath path, boolean write, boolean recorded) {
        DmaTransfer transfer;
        if (freeTransferCount > 0) {
            transfer = pool[freeTransfers[--freeTransferCount]];
        } else {
            if (transferCount == pool.length) {
                pool = Arrays.copyOf(pool, transferCount * 2);
                freeTransfers = Arrays.copyOf(freeTransfers, transferCount * 2);
            }
            transfer = new DmaTransfer(transferCount);
            pool[transferCount++] = transfer;
        }
        transfer.reset(owner, tag, recorded, path, write, sim.now());
        if (!recorded) {
            return transfer;
        }
        if (inRing == ring.length) {
            DmaTransfer[] grown = new DmaTransfer[ring.length * 2];
            for (int i = 0; i < inRing; i++) {
                grown[i] = ring[(head + i) % ring.length];
            }
            ring = grown;
            head = 0;
        }
        ring[(head + inRing++) % ring.length] = transfer;
        return transfer;
    }

    /**
     * A transfer of {@code size} bytes at {@code address}, homed on socket {@code home}, for item {@code item} of
     * {@code owner}'s {@code tag}, issued now and started at {@code atPs}, or once its device knows where its pages
     * lie ({@link DmaPath#deviceTranslatedPs}); returns it. It writes no records.
     */
    public DmaTransfer start(Listener owner, int tag, int item, DmaPath path, boolean write, long atPs, long address,
            int size, int home) {
        return begin(owner, tag, item, path, write, atPs, address, size, home, false);
    }

    /**
     * As {@link #start(Listener, int, int, DmaPath, boolean, long, long, int, int)}, for a device that translated
     * {@code address} from its own TLB (ATS): its requests carry the translation, and the IOMMU lets them through.
     */
    public DmaTransfer startTranslated(Listener owner, int tag, int item, DmaPath path, boolean write, long atPs,
            long address, int size, int home) {
        return begin(owner, tag, item, path, write, atPs, address, size, home, true);
    }

    private DmaTransfer begin(Listener owner, int tag, int item, DmaPath path, boolean write, long atPs, long address,
            int size, int home, boolean translated) {
        DmaTransfer x = open(owner, tag, path, write, false);
        x.item = item;
        x.startPs = atPs;
        x.address = address;
        x.iova = address;
        x.streamAddress = address;
        x.size = size;
        x.home = home;
        x.translatedAt(path.deviceTranslatedPs(sim.now(), atPs, address, size));
        if (translated) {
            // Nothing for the IOMMU to translate: its first TLP finds the transfer translated.
            x.translatedPs = 0;
        }
        start(x, false);
        return x;
    }

    /**
     * Starts the transfer's DMA at its {@code startPs}: its TLPs go onto the links, each an event when the root
     * complex has it. With {@code maintained}, software does a non-coherent device's cache maintenance for it
     * ({@link io.platsim.engine.socket.CacheMaintenance}): cleans each line to memory before the device reads or
     * writes it, and drops the caches' copies of each line the device wrote.
     */
    public void start(DmaTransfer transfer, boolean maintained) {
        DmaPath path = transfer.path;
        transfer.maintained = maintained;
        PcieFabric.Tlps sent = path.send(transfer, sim.now());
        transfer.timing.sentPs = sent.acceptedPs();
        int tlps = sent.count();
        for (int k = 0; k < tlps; k++) {
            // TLP k carries the bytes from k chunks on; the last may carry less.
            long offset = k * sent.chunk();
            long from = transfer.address + offset;
            int bytes = (int) (k + 1 < tlps ? sent.chunk() : transfer.size - offset);
            long firstLine = from / SocketModel.LINE;
            // A zero-length request still reaches the line it names (a zero-length read is a flush).
            int lines = (int) Math.max(1, (from + bytes - 1) / SocketModel.LINE - firstLine + 1);
            int tlp = newTlp(transfer.slot, firstLine, lines, bytes);
            transfer.linesLeft += lines;
            sim.scheduleAt(path.tlpAtRootPs(sent, k), 0, handler, TLP, tlp);
        }
    }

    /**
     * The transfer's timing is known (its last line is done, or it faulted at once): its owner hears it; a recorded
     * transfer is retired in its turn, any other is released now.
     */
    public void finish(DmaTransfer transfer) {
        transfer.finished = true;
        transfer.owner.finished(transfer);
        if (transfer.recorded) {
            retire();
        } else {
            freeTransfers[freeTransferCount++] = transfer.slot;
        }
    }

    /** Writes the records of every finished transfer, in issue order, up to the first one still in flight. */
    public void retireAll() {
        while (inRing > 0) {
            DmaTransfer transfer = ring[head];
            if (transfer.finished) {
                transfer.owner.retired(transfer);
            }
            release(transfer);
        }
    }

    @Override
    public void handle(int kind, long payload) {
        if (kind == TLP) {
            tlpArrived((int) payload);
        } else {
            lineAtHome((int) (payload & SLOT_MASK), (int) (payload >>> SLOT_BITS));
        }
    }

    /** A TLP has been taken in by the root complex: translation, then the way to the home socket. */
    private void tlpArrived(int tlp) {
        DmaTransfer transfer = pool[tlpTransfer[tlp]];
        DmaPath path = transfer.path;
        long now = sim.now();
        if (transfer.translatedPs < 0) {
            // No IOMMU: nothing to wait for (behind one, the pages were translated as the first TLP got here).
            transfer.translatedPs = now;
        }
        long atRoot = Math.max(now, transfer.translatedPs);
        // To the home socket a write's lines go as data messages, a line and its header each; a read is one request.
        long bytes = transfer.write ? (long) tlpLines[tlp] * HomeAgents.DATA : HomeAgents.MESSAGE;
        // A read goes to the device's own socket's caching agent first, which answers it when it has every line.
        tlpLocal[tlp] = !transfer.write && path.lines().answersLocally(tlpFirstLine[tlp], tlpLines[tlp],
            transfer.home);
        long atHome = tlpLocal[tlp] ? atRoot : path.toHome(atRoot, transfer.home, bytes);
        tlpArrival[tlp] = now;
        tlpAtRoot[tlp] = atRoot;
        tlpAtHome[tlp] = atHome;
        tlpReady[tlp] = atHome;
        tlpCoherence[tlp] = 0;
        sim.scheduleAt(atHome, 0, handler, LINE, tlp);
    }

    /**
     * Line {@code first} of a TLP has reached its home, and the lines after it follow one after the other: each is
     * an event of its own, run here at once when nothing else is due before it.
     */
    private void lineAtHome(int tlp, int first) {
        int i = first;
        while (line(tlp, i)) {
            i++;
            if (!sim.runsNext(0)) {
                sim.scheduleAt(sim.now(), 0, handler, LINE, (long) i << SLOT_BITS | tlp);
                return;
            }
        }
    }

    /**
     * Line {@code i} of a TLP at its home: its coherence actions and its LLC or memory access. Returns whether the
     * TLP has more lines.
     */
    private boolean line(int tlp, int i) {
        DmaTransfer transfer = pool[tlpTransfer[tlp]];
        DmaLines lines = transfer.path.lines();
        long now = sim.now();
        long line = tlpFirstLine[tlp] + i;
        DmaTiming t = transfer.timing;
        if (transfer.write) {
            DmaLines.Done done = lines.write(now, line, tlpAtRoot[tlp], tlpAtHome[tlp], transfer.home,
                transfer.maintained, t);
            if (!lines.coherent()) {
                landings.schedule(lines, line, transfer.home, transfer.maintained, done.donePs);
            }
            // The home sends the root complex a completion for each line once it is visible.
            transfer.ackedPs = Math.max(transfer.ackedPs, transfer.path.visibleAtRootPs(done.donePs, transfer.home));
            t.line(done.donePs, tlpArrival[tlp], tlpAtRoot[tlp], tlpAtHome[tlp], done.coherencePs);
        } else {
            DmaLines.Done done = tlpLocal[tlp] ? lines.readLocal(now, line, tlpAtRoot[tlp])
                : lines.read(now, line, tlpAtRoot[tlp], tlpAtHome[tlp], transfer.home, transfer.maintained, t);
            if (done.donePs >= tlpReady[tlp]) {
                tlpReady[tlp] = done.donePs;
                tlpCoherence[tlp] = done.coherencePs;
            }
        }
        // The home agent takes the TLP's lines one after the other.
        boolean more = i + 1 < tlpLines[tlp];
        if (!more) {
            if (!transfer.write) {
                // A read request is answered as soon as its own lines are ready.
                transfer.path.answer(t, tlpLocal[tlp] ? transfer.path.rootSocket() : transfer.home, tlpLines[tlp],
                    tlpBytes[tlp], tlpReady[tlp], tlpArrival[tlp], tlpAtRoot[tlp], tlpAtHome[tlp], tlpCoherence[tlp]);
            }
            freeTlps[freeTlpCount++] = tlp;
        }
        if (--transfer.linesLeft == 0) {
            settle(transfer);
        }
        return more;
    }

    /** Every line is done: a write's data is visible; every request of a read is answered. */
    private void settle(DmaTransfer transfer) {
        if (transfer.write) {
            transfer.timing.written(transfer.startPs);
        } else {
            transfer.path.received(transfer);
        }
        finish(transfer);
    }

    /**
     * The owner of finished transfer {@code transfer} (from {@link Listener#finished}) is not done with it yet: it
     * and the transfers issued after it wait for their records until the owner {@link #letGo lets it go}.
     */
    public void hold(DmaTransfer transfer) {
        transfer.finished = false;
    }

    /** The owner is done with transfer {@code transfer}, which it {@link #hold held}: its records may go. */
    public void letGo(DmaTransfer transfer) {
        transfer.finished = true;
        retire();
    }

    private void retire() {
        while (inRing > 0 && ring[head].finished) {
            DmaTransfer transfer = ring[head];
            transfer.owner.retired(transfer);
            release(transfer);
        }
    }

    private void release(DmaTransfer transfer) {
        ring[head] = null;
        head = (head + 1) % ring.length;
        inRing--;
        freeTransfers[freeTransferCount++] = transfer.slot;
    }

    private int newTlp(int transfer, long firstLine, int lines, int bytes) {
        int tlp;
        if (freeTlpCount > 0) {
            tlp = freeTlps[--freeTlpCount];
        } else {
            if (tlpCount == tlpTransfer.length) {
                int size = tlpCount * 2;
                tlpTransfer = Arrays.copyOf(tlpTransfer, size);
                tlpArrival = Arrays.copyOf(tlpArrival, size);
                tlpAtRoot = Arrays.copyOf(tlpAtRoot, size);
                tlpAtHome = Arrays.copyOf(tlpAtHome, size);
                tlpFirstLine = Arrays.copyOf(tlpFirstLine, size);
                tlpLines = Arrays.copyOf(tlpLines, size);
                tlpBytes = Arrays.copyOf(tlpBytes, size);
                tlpReady = Arrays.copyOf(tlpReady, size);
                tlpCoherence = Arrays.copyOf(tlpCoherence, size);
                tlpLocal = Arrays.copyOf(tlpLocal, size);
                freeTlps = Arrays.copyOf(freeTlps, size);
            }
            tlp = tlpCount++;
        }
        tlpTransfer[tlp] = transfer;
        tlpFirstLine[tlp] = firstLine;
        tlpLines[tlp] = lines;
        tlpBytes[tlp] = bytes;
        return tlp;
    }
}
