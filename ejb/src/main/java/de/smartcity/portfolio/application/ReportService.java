package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
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

  /**
   * The proof of use of a period: the final proof, or the interim proof (Zwischennachweis) of one
   * budget year with the figures of that year only. Once the period is submitted, the stored file
   * is served byte for byte; for finance and administrators.
   */
  Download proofOfUse(
      long grantId,
      @NotNull ProofPeriod period,
      @NotNull ReportFormat format,
      @NotNull Locale locale);

  /**
   * The call for funds (Mittelabruf) as it stands for a recorded call: the amount requested, the
   * payments due in the grant's window after the call date that justify it, called before and after
   * against approved; for finance and administrators.
   */
  Download callForFunds(long callId, @NotNull ReportFormat format, @NotNull Locale locale);

  /** A project's one-page profile (Projektsteckbrief) as PDF, as of today; for every role. */
  Download projectSheet(long projectId, @NotNull Locale locale);
}
