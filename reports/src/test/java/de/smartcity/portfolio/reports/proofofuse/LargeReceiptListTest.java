package de.smartcity.portfolio.reports.proofofuse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import de.smartcity.portfolio.reports.testing.StreamedSheet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A final proof for a five-year grant can list a six-figure number of payments; the workbook
 * streams them, so writing needs only a window of rows in memory.
 */
class LargeReceiptListTest {

  private static final int RECEIPTS = 100_000;

  @Test
  void shouldStreamOneHundredThousandReceiptsAndSumThemInTheTotalRow() throws Exception {
    ProofOfUseReport report = ProofOfUseScenario.withGeneratedReceipts(RECEIPTS);

    byte[] bytes = new ProofOfUseWorkbook().render(report, Locale.GERMAN);

    // Read as a stream too: loading 100,000 rows into POI's object model would take longer than
    // writing them. The exact decimal sum of the stored amounts is what SUM evaluates to.
    var receiptSheet = StreamedSheet.read(bytes, 4, 7, 2);
    // Title, header, the receipts, the total row.
    assertThat(receiptSheet.rows()).isEqualTo(RECEIPTS + 3);
    assertThat(receiptSheet.formula("H100003")).isEqualTo("SUM(H3:H100002)");
    assertThat(receiptSheet.formula("I100003")).isEqualTo("SUM(I3:I100002)");
    assertThat(receiptSheet.columnSum()).isEqualByComparingTo(report.receipts().total());
  }
}
