package de.smartcity.portfolio.domain.model.funding;

import java.time.LocalDate;

/**
 * The two components of a "Modellprojekte Smart Cities" grant. Each has its own rule for when the
 * proof of use is due, counted from the commitment date.
 */
public enum GrantComponent {
  /** Strategy: the proof of use is due at the latest 30 months after the commitment. */
  A(30),
  /** Implementation: due at the latest 5 years and 6 months after the commitment. */
  B(66);

  private final int proofOfUseMonths;

  GrantComponent(int proofOfUseMonths) {
    this.proofOfUseMonths = proofOfUseMonths;
  }

  public LocalDate proofOfUseDeadline(LocalDate commitmentDate) {
    return commitmentDate.plusMonths(proofOfUseMonths);
  }
}
