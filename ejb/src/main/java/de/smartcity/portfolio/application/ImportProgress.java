package de.smartcity.portfolio.application;

import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a preview or import running in the background has come, for the page that polls it: the
 * lines done out of all (a preview's lines read and checked; an import's lines checked and, where
 * they are added, stored). Safe to read from another thread.
 */
public final class ImportProgress implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;

  /** Starts a new stage over this many lines. */
  public void start(int lines) {
    done.set(0);
    total = lines;
  }

  public void advance() {
    done.incrementAndGet();
  }

  /** Percent done, 0 to 100; 0 until the lines are counted. */
  public int percent() {
    int all = total;
    return all <= 0 ? 0 : (int) Math.min(100, done.get() * 100L / all);
  }
}
