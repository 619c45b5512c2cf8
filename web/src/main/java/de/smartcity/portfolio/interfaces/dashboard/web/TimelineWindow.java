package de.smartcity.portfolio.interfaces.dashboard.web;

import de.smartcity.portfolio.domain.model.dashboard.Dashboard.MilestoneLine;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The period the milestone timeline shows: from the oldest overdue milestone it lists (or today) to
 * the end of the look-ahead, widened on both sides by a margin of a twentieth of that span, at
 * least a week, so the first and last items are not cut at the edge. The timeline opens on it and
 * cannot be moved or zoomed out beyond it; without these bounds vis-timeline guessed a window from
 * 1850 to 2050.
 *
 * @param first the first day shown
 * @param last the day after the last day shown
 */
public record TimelineWindow(LocalDate first, LocalDate last) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The least margin on each side, in days. */
  static final int MIN_MARGIN_DAYS = 7;

  /** The shortest period one may zoom into: a few days still show their labels. */
  private static final Duration ZOOM_MIN = Duration.ofDays(3);

  static TimelineWindow of(List<MilestoneLine> milestones, LocalDate today, int upcomingDays) {
    LocalDate from =
        milestones.stream().map(MilestoneLine::dueDate).min(LocalDate::compareTo).orElse(today);
    if (today.isBefore(from)) {
      from = today;
    }
    LocalDate until = today.plusDays(upcomingDays);
    long margin = Math.max(MIN_MARGIN_DAYS, ChronoUnit.DAYS.between(from, until) / 20);
    return new TimelineWindow(from.minusDays(margin), until.plusDays(margin + 1));
  }

  public LocalDateTime getStart() {
    return first.atStartOfDay();
  }

  public LocalDateTime getEnd() {
    return last.atStartOfDay();
  }

  /** The widest zoom: the whole window. */
  public long getZoomMax() {
    return Duration.between(getStart(), getEnd()).toMillis();
  }

  public long getZoomMin() {
    return ZOOM_MIN.toMillis();
  }
}
