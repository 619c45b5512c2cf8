package de.smartcity.portfolio.reports.projectsheet;

import static de.smartcity.portfolio.reports.common.Texts.orEmpty;

import java.time.LocalDate;
import java.util.Objects;

/** The latest status report, as its author wrote it. */
public record StatusReportExcerpt(LocalDate reportedOn, String author, String text) {

  public StatusReportExcerpt {
    Objects.requireNonNull(reportedOn, "reportedOn");
    author = orEmpty(author);
    text = orEmpty(text);
  }
}
