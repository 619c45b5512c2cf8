package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The receipt list with its totals, in date order as the form asks; payments of the same day keep
 * the order they came in.
 */
public record ReceiptList(List<Receipt> receipts, BigDecimal total, BigDecimal eligibleTotal) {

  public ReceiptList {
    receipts = receipts.stream().sorted(Comparator.comparing(Receipt::date)).toList();
    total = Amounts.requireCents(total, "total");
    eligibleTotal = Amounts.requireCents(eligibleTotal, "eligibleTotal");
    Amounts.requireEqual(total, Amounts.sum(receipts, Receipt::amount), "The receipts' total");
    Amounts.requireEqual(
        eligibleTotal,
        Amounts.sum(receipts, Receipt::eligibleAmount),
        "The receipts' eligible total");
  }
}
