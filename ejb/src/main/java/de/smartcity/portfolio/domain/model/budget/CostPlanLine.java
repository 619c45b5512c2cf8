package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell of a project's cost plan: what is planned for a year and cost category.
 *
 * <p>{@code planned} and {@code eligible} are the amounts finance approved, the only ones any
 * figure counts (a line counts once {@code approved}). A project manager's change is a proposal
 * kept beside them (new amounts, or the removal of the line) until finance approves or rejects it.
 */
@Entity
@Table(
    name = "cost_plan_line",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uq_cost_plan_line",
            columnNames = {"project_id", "plan_year", "cost_category_id"}))
public class CostPlanLine extends AbstractEntity {

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Column(name = "plan_year", nullable = false, updatable = false)
  private int year;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cost_category_id", nullable = false, updatable = false)
  private CostCategory category;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal planned;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal eligible;

  /** Whether finance has approved amounts for this line; figures read approved lines only. */
  @Column(nullable = false)
  private boolean approved;

  @Column(name = "proposed_planned", precision = 15, scale = 2)
  private BigDecimal proposedPlanned;

  @Column(name = "proposed_eligible", precision = 15, scale = 2)
  private BigDecimal proposedEligible;

  @Column(name = "proposed_removal", nullable = false)
  private boolean proposedRemoval;

  @Column(name = "proposed_on")
  private LocalDate proposedOn;

  /** The project manager's reason for the proposal (required for a removal). */
  @Size(max = NOTE_LENGTH)
  @Column(name = "proposal_note", length = NOTE_LENGTH)
  private String proposalNote;

  /** Finance's reason for the last decision, or the reason a line was removed. */
  @Size(max = NOTE_LENGTH)
  @Column(name = "decision_note", length = NOTE_LENGTH)
  private String decisionNote;

  public static final int NOTE_LENGTH = 1000;

  protected CostPlanLine() {}

  public CostPlanLine(Project project, int year, CostCategory category) {
    this.project = Objects.requireNonNull(project, "project");
    project.requireYearWithinPeriod(year, "planYear");
    this.year = year;
    this.category = Objects.requireNonNull(category, "category");
    this.planned = BigDecimal.ZERO;
    this.eligible = BigDecimal.ZERO;
  }

  /**
   * The planned amount and the part of it the funder accepts as eligible, approved at once (finance
   * planning, the demo data). An open proposal stays open for finance to decide.
   */
  public void plan(Money newPlanned, Money newEligible) {
    requireAmounts(newPlanned, newEligible);
    this.planned = newPlanned.amount();
    this.eligible = newEligible.amount();
    this.approved = true;
  }

  /** A project manager's change: counts nowhere until finance approves it. */
  public void propose(Money newPlanned, Money newEligible, String note, LocalDate today) {
    requireAmounts(newPlanned, newEligible);
    this.proposedPlanned = newPlanned.amount();
    this.proposedEligible = newEligible.amount();
    this.proposedRemoval = false;
    this.proposedOn = today;
    this.proposalNote = blankToNull(note);
  }

  /** A project manager asks for the line to go; the reason is required and kept. */
  public void proposeRemoval(String reason, LocalDate today) {
    this.proposalNote = requireReason(reason, "removalReason");
    this.proposedPlanned = null;
    this.proposedEligible = null;
    this.proposedRemoval = true;
    this.proposedOn = today;
  }

  /**
   * Finance approves the open proposal: its amounts become the approved ones.
   *
   * @return whether the line is now empty (removal approved, or nothing planned) and is to be
   *     deleted, so that no line of 0 lingers in the figures
   */
  public boolean approve(String note) {
    requireProposal();
    this.decisionNote = blankToNull(note);
    if (proposedRemoval) {
      clearProposal();
      return true;
    }
    plan(Money.of(proposedPlanned), Money.of(proposedEligible));
    clearProposal();
    return isEmpty();
  }

  /**
   * Finance rejects the open proposal with a reason; the approved amounts stay.
   *
   * @return whether the line is empty (it was only ever proposed) and is to be deleted
   */
  public boolean reject(String reason) {
    requireProposal();
    this.decisionNote = requireReason(reason, "decisionReason");
    clearProposal();
    return isEmpty();
  }

  /** Records why the line is removed, so the reason stands in the audit trail before it goes. */
  public void removeBecause(String reason) {
    this.decisionNote = requireReason(reason, "removalReason");
  }

  /** Nothing approved to count and nothing proposed: the line has no reason to exist. */
  public boolean isEmpty() {
    return !hasProposal() && (!approved || planned.signum() == 0);
  }

  public boolean hasProposal() {
    return proposedRemoval || proposedPlanned != null;
  }

  private void requireProposal() {
    if (!hasProposal()) {
      throw new BusinessRuleViolation("costplan.proposal.none", null, auditLabel());
    }
  }

  private void clearProposal() {
    this.proposedPlanned = null;
    this.proposedEligible = null;
    this.proposedRemoval = false;
    this.proposedOn = null;
    this.proposalNote = null;
  }

  private static void requireAmounts(Money newPlanned, Money newEligible) {
    newPlanned.requireEntry("planned");
    newEligible.requireEntry("plannedEligible");
    if (newEligible.isGreaterThan(newPlanned)) {
      throw new BusinessRuleViolation(
          "costplan.eligible.above.planned", "plannedEligible", newEligible, newPlanned);
    }
  }

  private static String requireReason(String reason, String field) {
    String text = blankToNull(reason);
    if (text == null) {
      throw new BusinessRuleViolation("costplan.reason.required", field);
    }
    if (text.length() > NOTE_LENGTH) {
      throw new BusinessRuleViolation("costplan.reason.too.long", field, NOTE_LENGTH);
    }
    return text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Project getProject() {
    return project;
  }

  public int getYear() {
    return year;
  }

  public CostCategory getCategory() {
    return category;
  }

  public Money getPlanned() {
    return Money.of(planned);
  }

  public Money getEligible() {
    return Money.of(eligible);
  }

  public boolean isApproved() {
    return approved;
  }

  /** The proposed planned amount; null without a proposal of amounts. */
  public Money getProposedPlanned() {
    return proposedPlanned == null ? null : Money.of(proposedPlanned);
  }

  public Money getProposedEligible() {
    return proposedEligible == null ? null : Money.of(proposedEligible);
  }

  public boolean isProposedRemoval() {
    return proposedRemoval;
  }

  public LocalDate getProposedOn() {
    return proposedOn;
  }

  public String getProposalNote() {
    return proposalNote;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  @Override
  public String auditLabel() {
    return year + " " + category.getCode();
  }

  @Override
  public Long auditProjectId() {
    return project.getId();
  }
}
