package de.smartcity.portfolio.reports.proofofuse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.PdfText;
import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import de.smartcity.portfolio.reports.testing.Workbooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

class LateChangeNoteTest {

  private static final String GERMAN_NOTE =
      "Nach Einreichung des Nachweises „Zwischennachweis für das Haushaltsjahr 2024“ am"
          + " 14.02.2025 wurden 3 Beleg(e) dieses Zeitraums erfasst, korrigiert oder gelöscht,"
          + " zuletzt am 02.03.2025.";

  @Test
  void shouldNoteReceiptsChangedAfterASubmissionInThePdf() {
    String text =
        PdfText.all(
            new ProofOfUsePdf()
                .render(ProofOfUseScenario.finalProofAfterLateChanges(), Locale.GERMAN));

    assertThat(text.replaceAll("\\s+", " "))
        .contains("Hinweis: Änderungen nach der Einreichung", GERMAN_NOTE);
  }

  @Test
  void shouldNoteThemOnTheOverviewSheetToo() throws Exception {
    try (var workbook =
        Workbooks.open(
            new ProofOfUseWorkbook()
                .render(ProofOfUseScenario.finalProofAfterLateChanges(), Locale.GERMAN))) {
      assertThat(texts(workbook.getSheet("Übersicht")))
          .contains("Hinweis: Änderungen nach der Einreichung", GERMAN_NOTE);
    }
  }

  @Test
  void shouldSayNothingWhenNoSubmittedPeriodChanged() {
    String text =
        PdfText.all(new ProofOfUsePdf().render(ProofOfUseScenario.finalProof(), Locale.GERMAN));

    assertThat(text).doesNotContain("Hinweis: Änderungen nach der Einreichung");
  }

  @Test
  void shouldNameTheFinalProofInEnglish() {
    ProofOfUseReport proof = ProofOfUseScenario.finalProofAfterLateChanges();
    var english =
        new ProofOfUseReport(
            proof.kind(),
            proof.budgetYear(),
            proof.issuer(),
            proof.issuedOn(),
            proof.signatory(),
            proof.grant(),
            proof.narrative(),
            proof.income(),
            proof.expenditure(),
            proof.receipts(),
            List.of(
                new LateChange(
                    null, proof.issuedOn().minusDays(9), 1, proof.issuedOn().minusDays(2))));

    assertThat(
            english.lateChangeNotes(
                de.smartcity.portfolio.reports.text.ReportTexts.of(Locale.ENGLISH)))
        .singleElement()
        .asString()
        .startsWith("After the proof \"Proof of use\" was submitted on ")
        .contains("1 receipt(s) of that period");
  }

  private static List<String> texts(org.apache.poi.ss.usermodel.Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          texts.add(cell.getStringCellValue());
        }
      }
    }
    return texts;
  }
}
