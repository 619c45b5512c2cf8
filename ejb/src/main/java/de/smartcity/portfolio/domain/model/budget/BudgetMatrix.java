package de.smartcity.portfolio.domain.model.budget;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A cost plan as years × cost categories with plan and actual in every cell, and the totals of each
 * row, each column and the whole. Every page and report reads its numbers from here.
 */
public final class BudgetMatrix implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * One cell as the database sums it.
   *
   * @param year the budget year
   * @param categoryCode the cost category's code
   * @param figures plan and actual of that year and category
   */
  public record Cell(int year, String categoryCode, BudgetFigures figures)
      implements Serializable {}

  private final Map<Integer, Map<String, BudgetFigures>> cells = new TreeMap<>();
  private final List<String> categoryOrder;

  /**
   * @param categoryOrder the cost categories' codes in the order columns appear
   * @param sums cells as summed by the database; a year and category may appear more than once, for
   *     instance once from the plan and once from the receipts
   */
  public BudgetMatrix(List<String> categoryOrder, List<Cell> sums) {
    this.categoryOrder = List.copyOf(categoryOrder);
    for (Cell cell : sums) {
      cells
          .computeIfAbsent(cell.year(), y -> new TreeMap<>())
          .merge(cell.categoryCode(), cell.figures(), BudgetFigures::plus);
    }
  }

  public SortedSet<Integer> years() {
    return new TreeSet<>(cells.keySet());
  }

  public List<String> categories() {
    return categoryOrder;
  }

  public BudgetFigures cell(int year, String categoryCode) {
    return cells.getOrDefault(year, Map.of()).getOrDefault(categoryCode, BudgetFigures.NONE);
  }

  public BudgetFigures yearTotal(int year) {
    return BudgetFigures.total(cells.getOrDefault(year, Map.of()).values());
  }

  public BudgetFigures categoryTotal(String categoryCode) {
    return BudgetFigures.total(
        cells.values().stream()
            .map(row -> row.getOrDefault(categoryCode, BudgetFigures.NONE))
            .collect(Collectors.toList()));
  }

  public BudgetFigures total() {
    return BudgetFigures.total(years().stream().map(this::yearTotal).toList());
  }
}
