package de.smartcity.portfolio.reports.portfolio;

import de.smartcity.portfolio.reports.Report;
import de.smartcity.portfolio.reports.ReportFileNames;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The portfolio for the council: every project, grouped by strategic theme in the order given.
 *
 * @param asOf the day the figures speak for
 */
public record PortfolioReport(
    Issuer issuer,
    LocalDate asOf,
    List<ThemeGroup> themes,
    BigDecimal plannedTotal,
    BigDecimal actualTotal)
    implements Report {

  public PortfolioReport {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(asOf, "asOf");
    themes = List.copyOf(themes);
    plannedTotal = Amounts.requireCents(plannedTotal, "plannedTotal");
    actualTotal = Amounts.requireCents(actualTotal, "actualTotal");
    Amounts.requireEqual(
        plannedTotal, Amounts.sum(themes, ThemeGroup::plannedSubtotal), "The planned total");
    Amounts.requireEqual(
        actualTotal, Amounts.sum(themes, ThemeGroup::actualSubtotal), "The actual total");
  }

  /** The sum of the themes' remaining budgets. */
  public BigDecimal remainingTotal() {
    return Amounts.sum(themes, ThemeGroup::remainingSubtotal);
  }

  /** E.g. {@code Portfolio_2025-03-31.xlsx}. */
  public String fileName(Locale locale, ReportFormat format) {
    return ReportFileNames.of(
        ReportTexts.of(locale).get("portfolio.file"), List.of(), asOf, format);
  }

  @Override
  public String title(ReportTexts texts) {
    return texts.get("portfolio.title");
  }

  String subtitle(ReportTexts texts) {
    return texts.format("portfolio.asOf", texts.date(asOf));
  }

  List<String> headings(ReportTexts texts) {
    return List.of(
        texts.get("portfolio.code"),
        texts.get("portfolio.projectTitle"),
        texts.get("portfolio.status"),
        texts.get("portfolio.health"),
        texts.get("portfolio.lead"),
        texts.get("portfolio.manager"),
        texts.get("portfolio.start"),
        texts.get("portfolio.end"),
        texts.get("portfolio.grant"),
        texts.get("portfolio.planned"),
        texts.get("portfolio.actual"),
        texts.get("portfolio.remaining"));
  }
}
