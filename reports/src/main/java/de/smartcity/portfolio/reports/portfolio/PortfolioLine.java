package de.smartcity.portfolio.reports.portfolio;

import java.util.Objects;

/**
 * One project as the portfolio list shows it; every text is already in the reader's language.
 *
 * @param code the project's unique code
 * @param title the project's title
 * @param theme the strategic theme's name
 * @param leadOrganisation the lead organisation's name
 * @param status the life-cycle status, as a label
 */
public record PortfolioLine(
    String code, String title, String theme, String leadOrganisation, String status) {

  public PortfolioLine {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
  }
}
