package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.model.budget.CostCategory;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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

  /**
   * The amount above which a receipt needs a second finance user's confirmation, unless the grant
   * sets another: no rule of the programme names one, so it is a setting per grant.
   */
  public static final Money DEFAULT_CONFIRMATION_THRESHOLD = Money.of("10000.00");

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

  /**
   * A receipt above this amount counts only once a second finance user has confirmed it (four
   * eyes); calls for funds and proof submissions always need confirming.
   */
  @Column(name = "confirmation_threshold", nullable = false, precision = 15, scale = 2)
  private BigDecimal confirmationThreshold = DEFAULT_CONFIRMATION_THRESHOLD.amount();

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

  /** The financing plans the notices approved, each line kept with its notice's date. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "grant_plan_line", joinColumns = @JoinColumn(name = "grant_id"))
  private List<PlanLine> planLines = new ArrayList<>();

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

  /** Sets the amount above which a receipt needs a second person's confirmation. */
  public void confirmAbove(Money threshold) {
    threshold.requireEntry("threshold");
    this.confirmationThreshold = threshold.amount();
  }

  public Money getConfirmationThreshold() {
    return Money.of(confirmationThreshold);
  }

  /** Whether a receipt of this amount must wait for a second person's confirmation. */
  public boolean needsConfirmation(Money receiptAmount) {
    return receiptAmount.isGreaterThan(getConfirmationThreshold());
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

  /**
   * The days whose payments the grant may fund: from {@link #costsCountFrom()} to {@link
   * #effectiveFundingEnd()}.
   */
  public Period costPeriod() {
    return new Period(costsCountFrom(), effectiveFundingEnd());
  }

  /**
   * Refuses a payment day on which costs do not count for this grant, with a message that names the
   * period (and says so when it starts at the early start).
   */
  public void requireCostsCount(LocalDate day, String field) {
    Period costs = costPeriod();
    if (!costs.contains(day)) {
      throw new BusinessRuleViolation(
          earlyStart != null ? "receipt.date.outside.grant.early" : "receipt.date.outside.grant",
          field,
          day,
          costs.start(),
          costs.end(),
          reference);
    }
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

  /**
   * Enters a notice with the financing plan it approves: the first notice (the commitment) or a
   * change notice, which must be dated after every notice before it and never changes them. The
   * plan's two sides must add up to the same total and its grant line must be the notice's amount.
   * The first notice's eligible costs must be the approved eligible costs; a change notice sets the
   * approved grant and eligible costs to its own.
   *
   * @param expenditure per cost category, in the order the plan lists them
   * @param income per source; a missing source plans nothing
   * @param today no notice may be dated after it
   */
  public void enterNotice(
      GrantNotice notice,
      Map<CostCategory, FinancingPlan.Expenditure> expenditure,
      Map<IncomeKind, Money> income,
      LocalDate today) {
    if (notice.getDate().isAfter(today)) {
      throw new BusinessRuleViolation(
          "grant.notice.in.future", "noticeDate", notice.getDate(), today);
    }
    if (!notices.isEmpty()) {
      LocalDate latest = notices.stream().map(GrantNotice::getDate).max(LocalDate::compareTo).get();
      if (!notice.getDate().isAfter(latest)) {
        throw new BusinessRuleViolation(
            "grant.notice.not.after.latest", "noticeDate", notice.getDate(), latest);
      }
    }
    Map<String, FinancingPlan.Expenditure> byCode = new LinkedHashMap<>();
    for (Map.Entry<CostCategory, FinancingPlan.Expenditure> line : expenditure.entrySet()) {
      FinancingPlan.Expenditure planned = line.getValue();
      planned.total().requireEntry("planExpenditure");
      planned.eligible().requireEntry("planExpenditure");
      if (planned.eligible().isGreaterThan(planned.total())) {
        throw new BusinessRuleViolation(
            "grant.plan.eligible.above.total",
            "planExpenditure",
            line.getKey().getName(),
            planned.eligible(),
            planned.total());
      }
      byCode.put(line.getKey().getCode(), planned);
    }
    income.values().forEach(amount -> amount.requireEntry("planIncome"));
    FinancingPlan plan = new FinancingPlan(byCode, income);
    if (plan.expenditureTotal().isZero()) {
      throw new BusinessRuleViolation("grant.plan.empty", "planExpenditure");
    }
    if (plan.expenditureTotal().compareTo(plan.incomeTotal()) != 0) {
      throw new BusinessRuleViolation(
          "grant.plan.unbalanced", "planIncome", plan.expenditureTotal(), plan.incomeTotal());
    }
    Money amount = Money.of(notice.getAmount());
    if (plan.income(IncomeKind.THIS_GRANT).compareTo(amount) != 0) {
      throw new BusinessRuleViolation(
          "grant.plan.grant.line", "planIncome", plan.income(IncomeKind.THIS_GRANT), amount);
    }
    if (notices.isEmpty()) {
      if (plan.eligibleTotal().compareTo(getApprovedEligibleCosts()) != 0) {
        throw new BusinessRuleViolation(
            "grant.plan.eligible.mismatch",
            "planExpenditure",
            plan.eligibleTotal(),
            getApprovedEligibleCosts());
      }
    }
    approve(plan.eligibleTotal(), fundingRate, amount);
    notices.add(notice);
    expenditure.forEach(
        (category, planned) ->
            planLines.add(
                PlanLine.expenditure(
                    notice.getDate(), category, planned.total(), planned.eligible())));
    plan.income()
        .forEach(
            (kind, planned) -> planLines.add(PlanLine.income(notice.getDate(), kind, planned)));
  }

  /**
   * The financing plan the given notice approved; {@link FinancingPlan#NONE} if it carries none.
   */
  public FinancingPlan planOf(GrantNotice notice) {
    return planOn(notice.getDate());
  }

  private FinancingPlan planOn(LocalDate noticeDate) {
    Map<String, FinancingPlan.Expenditure> expenditure = new LinkedHashMap<>();
    Map<IncomeKind, Money> income = new EnumMap<>(IncomeKind.class);
    planLines.stream()
        .filter(line -> line.getNoticeDate().equals(noticeDate))
        .sorted(
            Comparator.comparing(
                (PlanLine line) ->
                    line.getCategory() == null
                        ? Integer.MAX_VALUE
                        : line.getCategory().getSortOrder()))
        .forEach(
            line -> {
              if (line.getCategory() != null) {
                expenditure.put(
                    line.getCategory().getCode(),
                    new FinancingPlan.Expenditure(line.getAmount(), line.getEligibleAmount()));
              } else {
                income.put(line.getIncomeKind(), line.getAmount());
              }
            });
    return expenditure.isEmpty() && income.isEmpty()
        ? FinancingPlan.NONE
        : new FinancingPlan(expenditure, income);
  }

  /**
   * The financing plan in force on a day: the plan of the latest notice dated up to that day that
   * carries one; before the first such notice, the first one's. Empty when no notice carries a plan
   * (grants recorded before notices had plans).
   */
  public Optional<FinancingPlan> financingPlanOn(LocalDate day) {
    TreeSet<LocalDate> planned = new TreeSet<>();
    planLines.forEach(line -> planned.add(line.getNoticeDate()));
    if (planned.isEmpty()) {
      return Optional.empty();
    }
    LocalDate inForce = planned.floor(day);
    return Optional.of(planOn(inForce != null ? inForce : planned.first()));
  }

  /** The notice in force on a day: the latest dated up to it, or the first one. */
  public Optional<GrantNotice> noticeOn(LocalDate day) {
    GrantNotice found = null;
    for (GrantNotice notice : notices) {
      if (!notice.getDate().isAfter(day)
          && (found == null || notice.getDate().isAfter(found.getDate()))) {
        found = notice;
      }
    }
    return Optional.ofNullable(found).or(() -> notices.stream().findFirst());
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
