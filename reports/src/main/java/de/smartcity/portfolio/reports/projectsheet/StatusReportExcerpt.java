package de.smartcity.portfolio.reports.projectsheet;

import static de.smartcity.portfolio.reports.common.Texts.orEmpty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The latest status report, as its author wrote it.
 *
 * @param text the progress made
 * @param nextSteps what comes next; empty when not given
 * @param risks risks the author sees; empty when not given
 */
public record StatusReportExcerpt(
    LocalDate reportedOn, String author, String text, String nextSteps, String risks) {

  public StatusReportExcerpt {
    Objects.requireNonNull(reportedOn, "reportedOn");
    author = orEmpty(author);
    text = orEmpty(text);
    nextSteps = orEmpty(nextSteps);
    risks = orEmpty(risks);
  }

  /** A report that states its progress only. */
  public StatusReportExcerpt(LocalDate reportedOn, String author, String text) {
    this(reportedOn, author, text, null, null);
  }
}
