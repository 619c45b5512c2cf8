package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.shared.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What importing a file would do, before anything is stored: every line with its outcome, and the
 * sums that the lines to add would add per project and cost category.
 *
 * @param fileName the file's name
 * @param sha256 the file's SHA-256, hexadecimal
 * @param lines every data line, in file order
 * @param totals per project and category, ordered by project code and category
 */
public record ImportPreview(
    String fileName, String sha256, List<ImportLine> lines, List<Total> totals)
    implements Previewed<ImportLine>, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * What the lines to add add to one project in one cost category.
   *
   * @param projectCode the project
   * @param categoryCode the cost category
   * @param lines how many lines
   * @param amount their amounts
   * @param eligibleAmount their eligible parts
   */
  public record Total(
      String projectCode, String categoryCode, int lines, Money amount, Money eligibleAmount)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  @Override
  public long count(ImportLine.Outcome outcome) {
    return lines.stream().filter(l -> l.outcome() == outcome).count();
  }

  public List<ImportLine> lines(ImportLine.Outcome outcome) {
    return lines.stream().filter(l -> l.outcome() == outcome).toList();
  }

  /** The sum of all lines to add. */
  public Money totalAmount() {
    return totals.stream().map(Total::amount).collect(Money.sum());
  }
}
