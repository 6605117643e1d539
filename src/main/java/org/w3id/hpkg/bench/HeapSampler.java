package org.w3id.hpkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Watches the heap while a phase runs: the most heap in use at any sample (garbage included), and the
 * most live data a collection left behind (what the phase really needs).
 */
final class HeapSampler implements AutoCloseable {

    private static final long PERIOD_MILLIS = 50;
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    HeapSampler() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long live = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                MemoryUsage afterGc = pool.getCollectionUsage();
                live += afterGc == null ? 0 : afterGc.getUsed();
            }
            peakUsed = Math.max(peakUsed, used);
            peakLive = Math.max(peakLive, live);
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Most heap in use at any sample, garbage included. */
    long peakUsed() {
        long pools = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).max().orElse(0);
        return Math.max(peakUsed, pools);
    }

    /** Most heap still in use right after a collection. */
    long peakLive() {
        return peakLive;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
