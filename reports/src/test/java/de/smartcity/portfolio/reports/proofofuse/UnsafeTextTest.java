package de.smartcity.portfolio.reports.proofofuse;

import static de.smartcity.portfolio.reports.testing.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.PdfText;
import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import de.smartcity.portfolio.reports.testing.Workbooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Text pasted from elsewhere can carry characters that would corrupt a workbook or a PDF. */
class UnsafeTextTest {

  private static final String PASTED = "Firma\u0000 Mu\u0008ster\u000B\u000C\u001F\uD800 GmbH";

  @Test
  void shouldDropCharactersXmlForbidsFromTheWorkbook() throws Exception {
    byte[] bytes = new ProofOfUseWorkbook().render(withPayee(PASTED), Locale.GERMAN);

    try (var workbook = Workbooks.open(bytes)) {
      assertThat(text(workbook.getSheet("Belegliste"), "C3")).isEqualTo("Firma Muster GmbH");
    }
  }

  @Test
  void shouldDropCharactersXmlForbidsFromThePdf() {
    String text = PdfText.all(new ProofOfUsePdf().render(withPayee(PASTED), Locale.GERMAN));

    assertThat(text).contains("Firma Muster GmbH").doesNotContain("\u0000", "\u0008");
  }

  @Test
  void shouldWrapALongPurposeInsteadOfCuttingItOff() throws Exception {
    String purpose = "Wartung der Sensorik ".repeat(20).trim();
    byte[] bytes = new ProofOfUseWorkbook().render(withPayee(purpose), Locale.GERMAN);

    try (var workbook = Workbooks.open(bytes)) {
      var row = workbook.getSheet("Belegliste").getRow(2);
      assertThat(row.getCell(2).getCellStyle().getWrapText()).isTrue();
      assertThat(row.getHeightInPoints())
          .isGreaterThan(workbook.getSheet("Belegliste").getDefaultRowHeightInPoints() * 3);
    }
    String pdf = PdfText.all(new ProofOfUsePdf().render(withPayee(purpose), Locale.GERMAN));
    assertThat(pdf.replaceAll("\\s+", " ")).contains(purpose);
  }

  private static ProofOfUseReport withPayee(String payee) {
    List<Receipt> receipts = new ArrayList<>(ProofOfUseScenario.receipts());
    Receipt first = receipts.get(1);
    receipts.set(
        1,
        new Receipt(
            first.date(),
            payee,
            first.purpose(),
            first.reference(),
            first.project(),
            first.costCategory(),
            first.amount(),
            first.eligibleAmount()));
    return ProofOfUseScenario.proof(ProofKind.FINAL, null, receipts);
  }
}
