package de.smartcity.portfolio.domain.model.project;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One page of the portfolio list and how many projects match in all.
 *
 * @param rows the projects on this page
 * @param total how many projects match the filter
 */
public record ProjectPage(List<ProjectListing> rows, long total) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public ProjectPage {
    rows = List.copyOf(rows);
  }
}
