package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.shared.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One page of a grant's receipts journal, with how many receipts match the filter in all and what
 * they add up to, summed by the database.
 *
 * @param rows the receipts on this page
 * @param total how many receipts match
 * @param paid the sum of their amounts
 * @param eligible the sum of their eligible amounts
 */
public record ReceiptJournalPage(List<ReceiptListing> rows, long total, Money paid, Money eligible)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public static final ReceiptJournalPage EMPTY =
      new ReceiptJournalPage(List.of(), 0, Money.ZERO, Money.ZERO);

  public ReceiptJournalPage {
    rows = List.copyOf(rows);
  }

  /** The part of the paid amount that is not eligible. */
  public Money notEligible() {
    return paid.minus(eligible);
  }
}
