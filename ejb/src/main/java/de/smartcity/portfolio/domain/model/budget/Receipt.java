package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.model.funding.FourEyes;
import de.smartcity.portfolio.domain.model.funding.Grant;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment made for a project (Beleg): the actual costs are the sum of these. When the project is
 * funded, the receipt counts towards its grant and appears in the grant's list of receipts.
 */
@Entity
@Table(name = "receipt")
public class Receipt extends AbstractEntity {

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "grant_id")
  private Grant grant;

  @NotNull
  @Column(name = "payment_date", nullable = false)
  private LocalDate paymentDate;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String payee;

  @NotBlank
  @Size(max = 500)
  @Column(nullable = false, length = 500)
  private String purpose;

  @Size(max = 60)
  @Column(name = "reference_number", length = 60)
  private String referenceNumber;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cost_category_id", nullable = false)
  private CostCategory category;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @Column(name = "eligible_amount", nullable = false, precision = 15, scale = 2)
  private BigDecimal eligibleAmount;

  /** Who entered (or last corrected) the receipt; {@code null} for receipts from before V16. */
  @Column(name = "entered_by", length = 120)
  private String enteredBy;

  /**
   * Whether the receipt waits for a second finance user's confirmation (four eyes): only one above
   * its grant's threshold does. While it waits, the grant's figures and documents leave it out.
   */
  @Column(name = "awaiting_confirmation", nullable = false)
  private boolean awaitingConfirmation;

  @Column(name = "confirmed_by", length = 120)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Size(max = 60)
  @Column(name = "document_number", length = 60, updatable = false)
  private String documentNumber;

  @Size(max = 40)
  @Column(name = "account_assignment", length = 40, updatable = false)
  private String accountAssignment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "receipt_import_id", updatable = false)
  private ReceiptImport receiptImport;

  protected Receipt() {}

  public Receipt(Project project) {
    this.project = Objects.requireNonNull(project, "project");
    this.grant = project.getGrant().orElse(null);
  }

  /**
   * Records what was paid; the eligible part can be less than the amount, never more. A payment
   * lies within the project's period and, for a funded project, within the days whose costs the
   * grant funds (from its early start, else its funding start, to its funding end, extension
   * included), and it has been made: it is not after today.
   */
  public void record(
      LocalDate newPaymentDate,
      String newPayee,
      String newPurpose,
      String newReferenceNumber,
      CostCategory newCategory,
      Money newAmount,
      Money newEligibleAmount,
      LocalDate today) {
    if (newPaymentDate.isAfter(today)) {
      throw new BusinessRuleViolation(
          "receipt.date.in.future", "paymentDate", newPaymentDate, today);
    }
    project.requireWithinPeriod(newPaymentDate, "receipt.date.outside.project", "paymentDate");
    if (grant != null) {
      grant.requireCostsCount(newPaymentDate, "paymentDate");
    }
    if (!newAmount.isGreaterThan(Money.ZERO)) {
      throw new BusinessRuleViolation("receipt.amount.not.positive", "amount");
    }
    newAmount.requireEntry("amount");
    if (newEligibleAmount.isNegative() || newEligibleAmount.isGreaterThan(newAmount)) {
      throw new BusinessRuleViolation(
          "receipt.eligible.above.amount", "eligibleAmount", newEligibleAmount, newAmount);
    }
    this.paymentDate = newPaymentDate;
    this.payee = newPayee;
    this.purpose = newPurpose;
    this.referenceNumber = newReferenceNumber;
    this.category = newCategory;
    this.amount = newAmount.amount();
    this.eligibleAmount = newEligibleAmount.amount();
  }

  /**
   * Books the receipt on another project of the same grant (a receipt booked on the wrong project);
   * the next {@link #record} checks its date against the new project's period. A project of another
   * grant, or of none when this one is funded, would move the money out of the grant's proof, so it
   * is refused.
   */
  public void moveTo(Project newProject) {
    Grant newGrant = newProject.getGrant().orElse(null);
    if (!Objects.equals(
        grant == null ? null : grant.getId(), newGrant == null ? null : newGrant.getId())) {
      throw new BusinessRuleViolation(
          "receipt.project.other.grant",
          "project",
          newProject.getCode(),
          grant == null ? "-" : grant.getReference());
    }
    this.project = newProject;
  }

  /**
   * Counts the receipt for the grant its project is now funded by, or for none: the project moved
   * (the caller has checked that the new grant funds costs on its payment day). A receipt of no
   * grant waits for nobody's confirmation; one that waited keeps waiting under its new grant.
   */
  public void fundedBy(Grant newGrant) {
    this.grant = newGrant;
    if (newGrant == null) {
      this.awaitingConfirmation = false;
    }
  }

  /** Sets the eligible part to nothing, keeping what was paid: the payment is not fundable. */
  public void markNotEligible() {
    this.eligibleAmount = Money.ZERO.amount();
  }

  /**
   * Notes who entered or corrected the receipt and whether it must wait for confirmation: a receipt
   * of a grant above the grant's threshold does, after every entry and every correction (a
   * confirmed receipt that is corrected needs confirming again); any other receipt counts at once.
   * Call after {@link #record} whenever a person enters or corrects a receipt.
   */
  public void enteredBy(String user) {
    this.enteredBy = user;
    this.confirmedBy = null;
    this.confirmedAt = null;
    this.awaitingConfirmation = grant != null && grant.needsConfirmation(getAmount());
  }

  /** Confirms the receipt as a second person; refused for the one who entered it. */
  public void confirm(String user, Instant at) {
    if (!awaitingConfirmation) {
      throw new BusinessRuleViolation("confirmation.not.awaited", null);
    }
    FourEyes.requireConfirmable(enteredBy, confirmedBy, user);
    this.confirmedBy = user;
    this.confirmedAt = at;
    this.awaitingConfirmation = false;
  }

  /** Marks a receipt as confirmed without the rule, for data loaded as already confirmed. */
  public void confirmedOnLoad(String entered, String confirmed, Instant at) {
    this.enteredBy = entered;
    this.confirmedBy = confirmed;
    this.confirmedAt = at;
    this.awaitingConfirmation = false;
  }

  public boolean isAwaitingConfirmation() {
    return awaitingConfirmation;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Optional<String> getConfirmedBy() {
    return Optional.ofNullable(confirmedBy);
  }

  public Optional<Instant> getConfirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }

  public Project getProject() {
    return project;
  }

  public Optional<Grant> getGrant() {
    return Optional.ofNullable(grant);
  }

  public LocalDate getPaymentDate() {
    return paymentDate;
  }

  public String getPayee() {
    return payee;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getReferenceNumber() {
    return referenceNumber;
  }

  public CostCategory getCategory() {
    return category;
  }

  public Money getAmount() {
    return Money.of(amount);
  }

  public Money getEligibleAmount() {
    return Money.of(eligibleAmount);
  }

  /**
   * Marks a receipt as one of the bookkeeping's lines, brought in by an import: its document number
   * and account assignment (with day and amount, what says a line was imported before) and the
   * import that added it.
   */
  public void importedBy(
      ReceiptImport origin, String newDocumentNumber, String newAccountAssignment) {
    this.receiptImport = Objects.requireNonNull(origin, "origin");
    this.documentNumber = newDocumentNumber;
    this.accountAssignment = AccountAssignment.normalise(newAccountAssignment);
  }

  public Optional<ReceiptImport> getReceiptImport() {
    return Optional.ofNullable(receiptImport);
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public String getAccountAssignment() {
    return accountAssignment;
  }

  /**
   * What makes two lines of the bookkeeping the same payment: document number, day, amount and
   * account assignment. Importing a file twice adds its lines once.
   */
  public static String importKey(
      String documentNumber, LocalDate paymentDate, Money amount, String accountAssignment) {
    return documentNumber.strip()
        + '|'
        + paymentDate
        + '|'
        + amount.amount().toPlainString()
        + '|'
        + AccountAssignment.normalise(accountAssignment);
  }

  /** What the running totals count of this receipt, as it stands now. */
  public Booking booking() {
    return new Booking(
        project.getId(),
        // the grant's totals count a receipt only once it no longer waits for confirmation
        grant == null || awaitingConfirmation ? null : grant.getId(),
        category.getId(),
        paymentDate,
        Money.of(amount),
        Money.of(eligibleAmount));
  }

  /**
   * The facts of a receipt that the running totals are kept by: where it is counted (project,
   * grant, category, day) and how much.
   */
  public record Booking(
      long projectId,
      Long grantId,
      long categoryId,
      LocalDate paymentDate,
      Money amount,
      Money eligibleAmount) {}

  @Override
  public String auditLabel() {
    String label = referenceNumber != null ? referenceNumber : paymentDate + " " + payee;
    // An imported receipt names its import wherever the history names the receipt.
    return receiptImport == null ? label : label + " (" + receiptImport.auditLabel() + ")";
  }

  @Override
  public Long auditProjectId() {
    return project.getId();
  }
}
