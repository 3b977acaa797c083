package org.supplywatch.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a piece of work holds, from the JVM's garbage collection notifications: the most in use
 * right after a collection (an upper bound of what the work kept alive: a young collection leaves
 * the old generation's garbage for later) and right before one (the heap's high-water mark,
 * garbage included), each above what was in use when the watch started.
 * Why not the pools' peak usage: the pools peak at different moments, and their sum reported
 * 1,385 MB for an import that ran in a 1,024 MB heap. Notifications arrive on a JVM thread a few
 * milliseconds after each collection.
 */
final class HeapWatch implements AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final long before;
    private final AtomicLong inUseAfter = new AtomicLong();
    private final AtomicLong inUseBefore = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    private HeapWatch(long before) {
        this.before = before;
    }

    /** Collects garbage first, so that the start is what is live, then watches every collection. */
    static HeapWatch start() {
        System.gc();
        HeapWatch watch = new HeapWatch(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch.listener, null, null);
                watch.emitters.add(emitter);
            }
        }
        return watch;
    }

    /** The most heap in use right after a collection, above the start; 0 before the first collection. */
    long afterCollectionBytes() {
        return Math.max(0, inUseAfter.get() - before);
    }

    /** The most heap in use when a collection began (garbage included), above the start. */
    long highWaterBytes() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(0, Math.max(inUseBefore.get(), now) - before);
    }

    long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // never added to this one: nothing to remove
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        inUseAfter.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
        inUseBefore.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        collections.incrementAndGet();
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
    }
}
