package de.smartcity.portfolio.domain.model.proofofuse;

import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Part I of a proof of use, the Sachbericht, as finance writes it for one grant and period: start,
 * duration, completion, funded staff, results and effects, deviations from the plan and from the
 * finance plan.
 */
@Entity
@Table(name = "proof_narrative")
public class ProofNarrative extends AbstractEntity {

  public static final int SHORT_TEXT = 500;
  public static final int STAFF_TEXT = 2000;
  public static final int LONG_TEXT = 4000;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private Grant grant;

  @NotNull
  @Column(nullable = false, updatable = false, length = 10)
  private String period;

  @NotBlank
  @Size(max = SHORT_TEXT)
  @Column(name = "start_text", nullable = false, length = SHORT_TEXT)
  private String start;

  @NotBlank
  @Size(max = SHORT_TEXT)
  @Column(name = "duration_text", nullable = false, length = SHORT_TEXT)
  private String duration;

  @Size(max = SHORT_TEXT)
  @Column(name = "completion_text", length = SHORT_TEXT)
  private String completion;

  @Size(max = STAFF_TEXT)
  @Column(name = "funded_staff", length = STAFF_TEXT)
  private String fundedStaff;

  @NotBlank
  @Size(max = LONG_TEXT)
  @Column(nullable = false, length = LONG_TEXT)
  private String results;

  @Size(max = LONG_TEXT)
  @Column(name = "deviations_plan", length = LONG_TEXT)
  private String deviationsFromPlan;

  @Size(max = LONG_TEXT)
  @Column(name = "deviations_finance", length = LONG_TEXT)
  private String deviationsFromFinancePlan;

  protected ProofNarrative() {}

  public ProofNarrative(Grant grant, ProofPeriod period) {
    this.grant = Objects.requireNonNull(grant, "grant");
    this.period = period.key();
  }

  /** Replaces the whole text; optional parts may be empty. */
  public void write(
      String newStart,
      String newDuration,
      String newCompletion,
      String newFundedStaff,
      String newResults,
      String newDeviationsFromPlan,
      String newDeviationsFromFinancePlan) {
    this.start = newStart;
    this.duration = newDuration;
    this.completion = newCompletion;
    this.fundedStaff = newFundedStaff;
    this.results = newResults;
    this.deviationsFromPlan = newDeviationsFromPlan;
    this.deviationsFromFinancePlan = newDeviationsFromFinancePlan;
  }

  public Grant getGrant() {
    return grant;
  }

  public ProofPeriod getPeriod() {
    return ProofPeriod.ofKey(period);
  }

  public String getStart() {
    return start;
  }

  public String getDuration() {
    return duration;
  }

  public String getCompletion() {
    return completion;
  }

  public String getFundedStaff() {
    return fundedStaff;
  }

  public String getResults() {
    return results;
  }

  public String getDeviationsFromPlan() {
    return deviationsFromPlan;
  }

  public String getDeviationsFromFinancePlan() {
    return deviationsFromFinancePlan;
  }

  @Override
  public String auditLabel() {
    return grant.getReference() + " " + period;
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
