package de.smartcity.portfolio.domain.model.budget;

/** The columns the receipts journal can be sorted by; each breaks ties by the receipt's id. */
public enum ReceiptSort {
  DATE,
  PROJECT,
  PAYEE,
  CATEGORY,
  AMOUNT,
  ELIGIBLE
}
