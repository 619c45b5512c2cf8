package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.domain.model.budget.ReceiptFilter;
import de.smartcity.portfolio.domain.model.budget.ReceiptJournalPage;
import de.smartcity.portfolio.domain.model.budget.ReceiptListing;
import de.smartcity.portfolio.domain.model.budget.ReceiptSort;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The receipts journal's rows, one page at a time from the database, with the count and sums of
 * every receipt the filter lets through. The page's filter form narrows it; the column headers sort
 * it (newest payment first until one is chosen).
 */
public class ReceiptJournalTable extends LazyDataModel<ReceiptListing> {

  @Serial private static final long serialVersionUID = 1L;

  /** Column fields of the table and the sort each one means. */
  private static final Map<String, ReceiptSort> SORTS =
      Map.of(
          "paymentDate", ReceiptSort.DATE,
          "projectCode", ReceiptSort.PROJECT,
          "payee", ReceiptSort.PAYEE,
          "categoryName", ReceiptSort.CATEGORY,
          "amount", ReceiptSort.AMOUNT,
          "eligibleAmount", ReceiptSort.ELIGIBLE);

  private static final int ROWS_BEFORE_FIRST_LOAD = 25;

  /** Where the current filter comes from; kept by the view bean, so it survives serialisation. */
  public interface SerializableFilter extends Supplier<ReceiptFilter>, java.io.Serializable {}

  private final BudgetService budgets;
  private final long grantId;
  private final SerializableFilter filter;
  private ReceiptJournalPage lastPage = ReceiptJournalPage.EMPTY;

  ReceiptJournalTable(BudgetService budgets, long grantId, SerializableFilter filter) {
    this.budgets = budgets;
    this.grantId = grantId;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> ignored) {
    lastPage =
        budgets.receiptJournal(
            grantId,
            filter.get(),
            ReceiptSort.DATE,
            false,
            0,
            getPageSize() > 0 ? getPageSize() : ROWS_BEFORE_FIRST_LOAD);
    return (int) lastPage.total();
  }

  @Override
  public List<ReceiptListing> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
    ReceiptSort sort = ReceiptSort.DATE;
    boolean ascending = false;
    for (SortMeta meta : sortBy.values()) {
      if (meta.getOrder() != SortOrder.UNSORTED) {
        sort = SORTS.getOrDefault(meta.getField(), ReceiptSort.DATE);
        ascending = meta.getOrder() == SortOrder.ASCENDING;
      }
    }
    lastPage =
        budgets.receiptJournal(
            grantId, filter.get(), sort, ascending, first, Math.max(1, pageSize));
    setRowCount((int) lastPage.total());
    return lastPage.rows();
  }

  /** The count and sums of the receipts the filter lets through, as last read. */
  public ReceiptJournalPage getLastPage() {
    return lastPage;
  }

  @Override
  public String getRowKey(ReceiptListing receipt) {
    return String.valueOf(receipt.id());
  }

  @Override
  public ReceiptListing getRowData(String rowKey) {
    return lastPage.rows().stream()
        .filter(row -> String.valueOf(row.id()).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
