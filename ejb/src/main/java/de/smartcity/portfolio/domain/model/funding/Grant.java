package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.domain.shared.Period;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A grant of one component of a funding programme, as committed by the funder, with its finance
 * plan and its binding plan for calling funds. Caps, durations and the call window differ between
 * versions of the programme's rules, so they are stored here, never assumed in code.
 */
@Entity
@Table(name = "funding_grant")
public class Grant extends AbstractEntity {

  /** The programme allows up to 90 % for a municipality in budgetary emergency. */
  public static final BigDecimal MAX_FUNDING_RATE = BigDecimal.valueOf(90);

  public static final BigDecimal DEFAULT_FUNDING_RATE = BigDecimal.valueOf(65);

  /** Six weeks, as the general federal rules (ANBest-P) allow; a setting per grant. */
  public static final int DEFAULT_CALL_WINDOW_DAYS = 42;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String programme;

  @Size(max = 20)
  @Column(name = "programme_number", length = 20)
  private String programmeNumber;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 1)
  private GrantComponent component;

  @NotBlank
  @Size(max = 60)
  @Column(nullable = false, unique = true, length = 60)
  private String reference;

  @NotNull
  @Column(name = "commitment_date", nullable = false)
  private LocalDate commitmentDate;

  @Column(name = "approved_eligible_costs", nullable = false, precision = 15, scale = 2)
  private BigDecimal approvedEligibleCosts;

  @Column(name = "funding_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal fundingRate;

  @Column(name = "approved_grant", nullable = false, precision = 15, scale = 2)
  private BigDecimal approvedGrant;

  @NotNull
  @Column(name = "funding_start", nullable = false)
  private LocalDate fundingStart;

  @NotNull
  @Column(name = "funding_end", nullable = false)
  private LocalDate fundingEnd;

  @Column(name = "extended_until")
  private LocalDate extendedUntil;

  @Column(name = "proof_of_use_due")
  private LocalDate proofOfUseDueOverride;

  @Column(name = "call_window_days", nullable = false)
  private int callWindowDays = DEFAULT_CALL_WINDOW_DAYS;

  /** The measure's title as the notice names it; the proof of use prints it as "Maßnahme". */
  @Size(max = 300)
  @Column(name = "measure_title", length = 300)
  private String measureTitle;

  /** Who receives the grant, as the notice names them. */
  @Size(max = 200)
  @Column(length = 200)
  private String recipient;

  /**
   * The day from which costs may already count although the funding period starts later, when the
   * funder allowed an early start (vorzeitiger Maßnahmebeginn); {@code null} when it did not.
   */
  @Column(name = "early_start")
  private LocalDate earlyStart;

  @Valid
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "grant_notice", joinColumns = @JoinColumn(name = "grant_id"))
  @OrderBy("date")
  private List<GrantNotice> notices = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "grant_income_line", joinColumns = @JoinColumn(name = "grant_id"))
  private List<IncomeLine> incomeLines = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "grant_call_plan", joinColumns = @JoinColumn(name = "grant_id"))
  @OrderBy("year")
  private List<CallPlanEntry> callPlan = new ArrayList<>();

  protected Grant() {}

  public Grant(
      String programme,
      String programmeNumber,
      GrantComponent component,
      String reference,
      LocalDate commitmentDate) {
    this.programme = programme;
    this.programmeNumber = programmeNumber;
    this.component = component;
    this.reference = reference;
    this.commitmentDate = commitmentDate;
  }

  /** Corrects what identifies the grant, as a corrected notice may. */
  public void restate(
      String newProgramme,
      String newProgrammeNumber,
      GrantComponent newComponent,
      String newReference,
      LocalDate newCommitmentDate) {
    this.programme = newProgramme;
    this.programmeNumber = newProgrammeNumber;
    this.component = newComponent;
    this.reference = newReference;
    this.commitmentDate = newCommitmentDate;
  }

  /**
   * The approved figures. The rate is a percentage above zero and at most 90; the grant can never
   * exceed the eligible costs, because public funding may not.
   */
  public void approve(Money eligibleCosts, BigDecimal rate, Money grantAmount) {
    if (rate.signum() <= 0 || rate.compareTo(MAX_FUNDING_RATE) > 0) {
      throw new BusinessRuleViolation(
          "grant.rate.out.of.range", "fundingRate", rate, MAX_FUNDING_RATE);
    }
    eligibleCosts.requireEntry("approvedEligibleCosts");
    grantAmount.requireEntry("approvedGrant");
    if (grantAmount.isGreaterThan(eligibleCosts)) {
      throw new BusinessRuleViolation(
          "grant.amount.above.eligible", "approvedGrant", grantAmount, eligibleCosts);
    }
    this.approvedEligibleCosts = eligibleCosts.amount();
    this.fundingRate = rate;
    this.approvedGrant = grantAmount.amount();
  }

  public void fundingPeriod(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      throw new BusinessRuleViolation("grant.period.end.before.start", "fundingEnd", start, end);
    }
    this.fundingStart = start;
    this.fundingEnd = end;
  }

  /** Extends the funding period without new money, as round-3 grants could be until 2028. */
  public void extendUntil(LocalDate newEnd) {
    if (newEnd != null && !newEnd.isAfter(fundingEnd)) {
      throw new BusinessRuleViolation("grant.extension.not.later", "extendedUntil", fundingEnd);
    }
    this.extendedUntil = newEnd;
  }

  /** Overrides the proof-of-use deadline the programme's rule gives; {@code null} restores it. */
  public void overrideProofOfUseDeadline(LocalDate deadline) {
    this.proofOfUseDueOverride = deadline;
  }

  public void callWindow(int days) {
    if (days < 1) {
      throw new BusinessRuleViolation("grant.call.window.invalid", "callWindowDays", days);
    }
    this.callWindowDays = days;
  }

  /** Records what the notice states beyond its figures; blank texts are kept as none. */
  public void describe(String newMeasureTitle, String newRecipient) {
    this.measureTitle =
        newMeasureTitle == null || newMeasureTitle.isBlank() ? null : newMeasureTitle;
    this.recipient = newRecipient == null || newRecipient.isBlank() ? null : newRecipient;
  }

  /**
   * Allows costs to count from a day before the funding period starts; {@code null} withdraws it.
   */
  public void allowEarlyStart(LocalDate day) {
    if (day != null && fundingStart != null && !day.isBefore(fundingStart)) {
      throw new BusinessRuleViolation("grant.early.start.not.earlier", "earlyStart", fundingStart);
    }
    this.earlyStart = day;
  }

  /**
   * The first day on which costs count for this grant: the early start, else the period's start.
   */
  public LocalDate costsCountFrom() {
    return earlyStart != null ? earlyStart : fundingStart;
  }

  public String getMeasureTitle() {
    return measureTitle;
  }

  public String getRecipient() {
    return recipient;
  }

  public LocalDate getEarlyStart() {
    return earlyStart;
  }

  public void addNotice(GrantNotice notice) {
    notices.add(notice);
  }

  public void replaceIncomePlan(List<IncomeLine> lines) {
    incomeLines.clear();
    incomeLines.addAll(lines);
  }

  public void replaceCallPlan(List<CallPlanEntry> entries) {
    callPlan.clear();
    callPlan.addAll(entries);
  }

  public LocalDate proofOfUseDeadline() {
    return proofOfUseDueOverride != null
        ? proofOfUseDueOverride
        : component.proofOfUseDeadline(commitmentDate);
  }

  public boolean isProofOfUseDeadlineOverridden() {
    return proofOfUseDueOverride != null;
  }

  /** The funding period, extension included: the days whose payments the grant may fund. */
  public Period period() {
    return new Period(fundingStart, effectiveFundingEnd());
  }

  /** The end of the funding period, extension included. */
  public LocalDate effectiveFundingEnd() {
    return extendedUntil != null ? extendedUntil : fundingEnd;
  }

  /** The planned income per kind; kinds without a line plan nothing. */
  public Map<IncomeKind, IncomeLine> incomePlan() {
    Map<IncomeKind, IncomeLine> plan = new EnumMap<>(IncomeKind.class);
    incomeLines.forEach(line -> plan.put(line.getKind(), line));
    return plan;
  }

  public String getProgramme() {
    return programme;
  }

  public String getProgrammeNumber() {
    return programmeNumber;
  }

  public GrantComponent getComponent() {
    return component;
  }

  public String getReference() {
    return reference;
  }

  public LocalDate getCommitmentDate() {
    return commitmentDate;
  }

  public Money getApprovedEligibleCosts() {
    return Money.of(approvedEligibleCosts);
  }

  public BigDecimal getFundingRate() {
    return fundingRate;
  }

  public Money getApprovedGrant() {
    return Money.of(approvedGrant);
  }

  public LocalDate getFundingStart() {
    return fundingStart;
  }

  public LocalDate getFundingEnd() {
    return fundingEnd;
  }

  public LocalDate getExtendedUntil() {
    return extendedUntil;
  }

  public int getCallWindowDays() {
    return callWindowDays;
  }

  public List<GrantNotice> getNotices() {
    return Collections.unmodifiableList(notices);
  }

  @Override
  public String auditLabel() {
    return reference;
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
