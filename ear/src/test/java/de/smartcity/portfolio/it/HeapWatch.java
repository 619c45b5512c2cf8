package de.smartcity.portfolio.it;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * Watches the server's heap while a piece of work runs: the highest heap in use (sampled every 10
 * ms and read before each collection) and the highest heap still in use right after a garbage
 * collection (from the JVM's GC notifications), which is what the work keeps alive, as opposed to
 * the garbage it makes. Only the JDK's standard management API is used, so it runs in any server.
 *
 * <p>The heap right after a young collection still holds the old generation's garbage, which G1
 * only clears once the old generation is nearly half full; over a long step that figure climbs
 * towards half the heap whatever the step keeps. {@link #withLiveSamples} therefore also forces a
 * full collection every so often and records the heap in use right after it: what the step truly
 * holds at that moment. The time those collections take is counted, so that it can be told apart
 * from the step's own.
 */
public final class HeapWatch implements AutoCloseable {

  private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;
  private final AtomicLong peakLive = new AtomicLong();
  private final AtomicLong forcedGcNanos = new AtomicLong();
  private final AtomicLong liveSamples = new AtomicLong();
  private final Thread sampler;
  private final Thread liveSampler;
  private volatile boolean running = true;

  private HeapWatch(Duration liveEvery) {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler =
        new Thread(
            () -> {
              while (running) {
                peakUsed.accumulateAndGet(usedNow(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
    liveSampler = liveEvery == null ? null : new Thread(() -> sampleLive(liveEvery), "heap-live");
    if (liveSampler != null) {
      liveSampler.setDaemon(true);
      liveSampler.start();
    }
  }

  /** Starts watching. */
  public static HeapWatch start() {
    return new HeapWatch(null);
  }

  /** Starts watching, and forces a full collection every {@code every} to see the live heap. */
  public static HeapWatch withLiveSamples(Duration every) {
    return new HeapWatch(every);
  }

  private void sampleLive(Duration every) {
    while (running) {
      try {
        Thread.sleep(every.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      if (!running) {
        return;
      }
      long started = System.nanoTime();
      System.gc();
      long live = usedNow();
      forcedGcNanos.addAndGet(System.nanoTime() - started);
      peakLive.accumulateAndGet(live, Math::max);
      liveSamples.incrementAndGet();
    }
  }

  /** The heap in use after a full collection, in bytes: what is alive now. */
  public static long liveAfterFullGc() {
    System.gc();
    System.gc();
    return usedNow();
  }

  public static long usedNow() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * The CPU time this server process has used so far, in milliseconds (Linux: {@code
   * /proc/self/stat}, user and system time); -1 elsewhere. On a shared machine the wall-clock time
   * of a step grows with the load, its CPU time much less.
   */
  public static long processCpuMillis() {
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
      return ticks * 10; // the kernel's USER_HZ is 100 on Linux
    } catch (java.io.IOException | RuntimeException unknown) {
      return -1;
    }
  }

  public static long maxHeap() {
    return Runtime.getRuntime().maxMemory();
  }

  public long peakUsed() {
    return Math.max(peakUsed.get(), usedNow());
  }

  /** The highest heap in use right after a collection while watching; 0 when none ran. */
  public long peakAfterGc() {
    return peakAfterGc.get();
  }

  /** The highest heap in use right after one of the forced full collections; 0 when none ran. */
  public long peakLive() {
    return peakLive.get();
  }

  /** How many forced full collections ran. */
  public long liveSamples() {
    return liveSamples.get();
  }

  /** The time the forced full collections took, in milliseconds. */
  public long forcedGcMillis() {
    return forcedGcNanos.get() / 1_000_000;
  }

  public long collections() {
    return collections.get();
  }

  private void collected(Notification notification, Object handback) {
    if (!GC_NOTIFICATION.equals(notification.getType())
        || !(notification.getUserData() instanceof CompositeData data)) {
      return;
    }
    CompositeData info = (CompositeData) data.get("gcInfo");
    peakUsed.accumulateAndGet(sum((TabularData) info.get("memoryUsageBeforeGc")), Math::max);
    peakAfterGc.accumulateAndGet(sum((TabularData) info.get("memoryUsageAfterGc")), Math::max);
    collections.incrementAndGet();
  }

  /** The used bytes of the heap's pools in a GC notification's table of pool name to usage. */
  private long sum(TabularData pools) {
    long used = 0;
    for (Object row : pools.values()) {
      CompositeData entry = (CompositeData) row;
      if (heapPools.contains((String) entry.get("key"))) {
        used += MemoryUsage.from((CompositeData) entry.get("value")).getUsed();
      }
    }
    return used;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    if (liveSampler != null) {
      liveSampler.interrupt();
      try {
        liveSampler.join(); // a forced collection under way ends before the figures are read
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException gone) {
        // nothing to remove
      }
    }
  }
}
