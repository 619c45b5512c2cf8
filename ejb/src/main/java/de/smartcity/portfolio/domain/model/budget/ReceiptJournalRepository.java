package de.smartcity.portfolio.domain.model.budget;

import java.util.List;

/**
 * A grant's receipts as the receipts journal reads them: filtered, sorted, paged and summed by the
 * database, never by loading every receipt.
 */
public interface ReceiptJournalRepository {

  /**
   * One page of the receipts booked to a grant that match the filter, with their count and sums.
   */
  ReceiptJournalPage page(
      long grantId, ReceiptFilter filter, ReceiptSort sort, boolean ascending, int first, int max);

  /** The projects of a grant, by code: where the journal's receipts may be booked. */
  List<GrantProject> projectsOf(long grantId);
}
