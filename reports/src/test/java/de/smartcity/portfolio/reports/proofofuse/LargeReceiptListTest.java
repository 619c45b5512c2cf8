package de.smartcity.portfolio.reports.proofofuse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import de.smartcity.portfolio.reports.testing.StreamedSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A final proof for a five-year grant can list a six-figure number of payments; the workbook
 * streams them, so writing needs only a window of rows in memory.
 */
class LargeReceiptListTest {

  private static final int RECEIPTS = 100_000;
  private static final List<String> CATEGORIES =
      List.of("Personalausgaben", "Sachausgaben", "Investitionen");

  @Test
  void shouldStreamOneHundredThousandReceiptsAndSumThemInTheTotalRow() throws Exception {
    List<Receipt> receipts = new ArrayList<>(RECEIPTS);
    BigDecimal[] amount = zeros();
    BigDecimal[] eligible = zeros();
    for (int i = 0; i < RECEIPTS; i++) {
      BigDecimal paid = BigDecimal.valueOf(100 + (i * 7919L) % 500_000, 2);
      BigDecimal fundable = i % 4 == 0 ? BigDecimal.ZERO.setScale(2) : paid;
      int category = i % CATEGORIES.size();
      receipts.add(
          new Receipt(
              LocalDate.of(2024, 1, 1).plusDays(i % 366),
              "Lieferant " + i,
              "Leistung " + i,
              "R-" + i,
              CATEGORIES.get(category),
              paid,
              fundable));
      amount[category] = amount[category].add(paid);
      eligible[category] = eligible[category].add(fundable);
    }
    ProofOfUseReport report = withReceipts(receipts, amount, eligible);

    byte[] bytes = new ProofOfUseWorkbook().render(report, Locale.GERMAN);

    // Read as a stream too: loading 100,000 rows into POI's object model would take longer than
    // writing them. The exact decimal sum of the stored amounts is what SUM evaluates to.
    var receiptSheet = StreamedSheet.read(bytes, 4, 6, 2);
    // Title, header, the receipts, the total row.
    assertThat(receiptSheet.rows()).isEqualTo(RECEIPTS + 3);
    assertThat(receiptSheet.formula("G100003")).isEqualTo("SUM(G3:G100002)");
    assertThat(receiptSheet.formula("H100003")).isEqualTo("SUM(H3:H100002)");
    assertThat(receiptSheet.columnSum()).isEqualByComparingTo(sum(amount));
  }

  private static ProofOfUseReport withReceipts(
      List<Receipt> receipts, BigDecimal[] amount, BigDecimal[] eligible) {
    ProofOfUseReport sample = ProofOfUseScenario.finalProof();
    List<CostCategoryLine> lines = new ArrayList<>();
    for (int i = 0; i < CATEGORIES.size(); i++) {
      lines.add(
          new CostCategoryLine(CATEGORIES.get(i), amount[i], eligible[i], amount[i], eligible[i]));
    }
    BigDecimal total = sum(amount);
    BigDecimal fundable = sum(eligible);
    return new ProofOfUseReport(
        sample.kind(),
        sample.budgetYear(),
        sample.issuer(),
        sample.issuedOn(),
        sample.signatory(),
        sample.grant(),
        sample.narrative(),
        sample.income(),
        new ExpenditureStatement(lines, total, fundable, total, fundable),
        new ReceiptList(receipts, total, fundable));
  }

  private static BigDecimal[] zeros() {
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    return new BigDecimal[] {zero, zero, zero};
  }

  private static BigDecimal sum(BigDecimal[] parts) {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal part : parts) {
      total = total.add(part);
    }
    return total;
  }
}
