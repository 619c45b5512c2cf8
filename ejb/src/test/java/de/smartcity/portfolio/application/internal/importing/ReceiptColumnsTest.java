package de.smartcity.portfolio.application.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.internal.importing.ReceiptColumns.Column;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptColumnsTest {

  private static List<ImportCell> header(String... names) {
    return Arrays.stream(names).map(n -> new ImportCell(n, false)).toList();
  }

  @Test
  void shouldRecogniseTheGermanExportInAnyOrderAndIgnoreOtherColumns() {
    ReceiptColumns columns =
        ReceiptColumns.recognise(
            header(
                "Kontierung",
                "Buchungskreis",
                "Betrag in EUR",
                "Buchungsdatum",
                "Belegnummer",
                "Kreditor/Name",
                "Text"));
    // Kreditor/Name simplifies to "kreditorname"; Buchungskreis is not read.
    List<ImportCell> line = header("P-1", "1000", "12,00", "01.02.2026", "4711", "Firma", "Miete");
    assertThat(columns.cell(line, Column.ASSIGNMENT).text()).isEqualTo("P-1");
    assertThat(columns.cell(line, Column.AMOUNT).text()).isEqualTo("12,00");
    assertThat(columns.cell(line, Column.PAYEE).text()).isEqualTo("Firma");
    assertThat(columns.has(Column.CATEGORY)).isFalse();
    assertThat(columns.cell(line, Column.CATEGORY).isBlank()).isTrue();
  }

  @Test
  void shouldRecogniseEnglishNamesAndTheOptionalColumns() {
    ReceiptColumns columns =
        ReceiptColumns.recognise(
            header(
                "Posting date",
                "Document number",
                "Vendor",
                "Text",
                "Amount",
                "WBS element",
                "Cost category",
                "Eligible amount"));
    assertThat(columns.has(Column.CATEGORY)).isTrue();
    assertThat(columns.has(Column.ELIGIBLE)).isTrue();
    assertThat(ReceiptColumns.meaning("Zuwendungsfähiger Betrag")).contains(Column.ELIGIBLE);
    assertThat(ReceiptColumns.meaning("  ZAHLUNGSEMPFÄNGER ")).contains(Column.PAYEE);
    assertThat(ReceiptColumns.meaning("PSP-Element")).contains(Column.ASSIGNMENT);
  }

  @Test
  void shouldNameEveryMissingColumn() {
    assertThatThrownBy(() -> ReceiptColumns.recognise(header("Buchungsdatum", "Text", "Betrag")))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> {
              assertThat(v.getMessageKey()).isEqualTo("import.columns.missing");
              assertThat(v.getArguments()).containsExactly("Belegnummer, Kreditor, Kontierung");
            });
  }

  @Test
  void shouldRefuseAColumnNamedTwice() {
    assertThatThrownBy(
            () ->
                ReceiptColumns.recognise(
                    header(
                        "Datum",
                        "Buchungsdatum",
                        "Belegnummer",
                        "Kreditor",
                        "Text",
                        "Betrag",
                        "Kontierung")))
        .hasMessage("import.column.twice");
  }
}
