package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.domain.model.budget.ReceiptListing;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields of a receipt form, as the project page's receipt entry and the receipts journal's
 * correction bind them; an empty eligible amount means all of the amount is eligible.
 */
public class ReceiptFields implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private LocalDate paymentDate;
  private String payee;
  private String purpose;
  private String referenceNumber;
  private String categoryCode;
  private BigDecimal amount;
  private BigDecimal eligibleAmount;

  /** What the form holds, as the budget service takes it. */
  public ReceiptInput input() {
    return new ReceiptInput(
        paymentDate,
        payee,
        purpose,
        referenceNumber,
        categoryCode,
        amount,
        eligibleAmount == null ? amount : eligibleAmount);
  }

  /** Fills the form with a receipt's current values. */
  public void fill(ReceiptListing receipt) {
    paymentDate = receipt.paymentDate();
    payee = receipt.payee();
    purpose = receipt.purpose();
    referenceNumber = receipt.referenceNumber();
    categoryCode = receipt.categoryCode();
    amount = receipt.amount().amount();
    eligibleAmount = receipt.eligibleAmount().amount();
  }

  public LocalDate getPaymentDate() {
    return paymentDate;
  }

  public void setPaymentDate(LocalDate paymentDate) {
    this.paymentDate = paymentDate;
  }

  public String getPayee() {
    return payee;
  }

  public void setPayee(String payee) {
    this.payee = payee;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getReferenceNumber() {
    return referenceNumber;
  }

  public void setReferenceNumber(String referenceNumber) {
    this.referenceNumber = referenceNumber;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public BigDecimal getEligibleAmount() {
    return eligibleAmount;
  }

  public void setEligibleAmount(BigDecimal eligibleAmount) {
    this.eligibleAmount = eligibleAmount;
  }
}
