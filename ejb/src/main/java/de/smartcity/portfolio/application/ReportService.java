package de.smartcity.portfolio.application;

import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;

/** Generates the reports; every figure comes from the domain's one place for sums. */
public interface ReportService {

  /** The portfolio report for the council: every project by theme, plan against actual. */
  Download portfolioReport(@NotNull ReportFormat format, @NotNull Locale locale);

  /**
   * The final proof of use (Verwendungsnachweis) of a grant, as of today; for finance and
   * administrators.
   */
  Download proofOfUse(long grantId, @NotNull ReportFormat format, @NotNull Locale locale);
}
