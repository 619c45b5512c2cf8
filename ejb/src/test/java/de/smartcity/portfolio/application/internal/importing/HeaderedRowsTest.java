package de.smartcity.portfolio.application.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The two ways of reading rows under a header: collected, or handed on one at a time. */
class HeaderedRowsTest {

  private static final String FILE = "\nBetrag;Text\n1;eins\n\n2;zwei\n3;drei\n";

  private static HeaderedRows<List<ImportCell>, String> handingOn(Consumer<String> each) {
    return new HeaderedRows<>(
        "export.csv", header -> header, (n, header, cells) -> n + ":" + cells.get(1).text(), each);
  }

  private static void read(String file, ImportTable.RowHandler rows) {
    byte[] content = file.getBytes(StandardCharsets.UTF_8);
    ImportTable.forFile("export.csv", content).read(content, rows);
  }

  @Test
  void shouldHandOnEachRowUnderTheHeaderWithItsLineNumberAndKeepNone() {
    List<String> handed = new ArrayList<>();
    HeaderedRows<List<ImportCell>, String> rows = handingOn(handed::add);
    read(FILE, rows);
    // blank lines are skipped but keep their numbers: the header is line 2 of the file
    assertThat(handed).containsExactly("3:eins", "5:zwei", "6:drei");
    assertThat(rows.requireSome()).isEqualTo(3);
    assertThat(rows.rows()).as("nothing kept").isEmpty();
  }

  @Test
  void shouldCollectTheSameRowsWhenAskedToKeepThem() {
    HeaderedRows<List<ImportCell>, String> rows =
        new HeaderedRows<>(
            "export.csv", header -> header, (n, header, cells) -> n + ":" + cells.get(1).text());
    read(FILE, rows);
    assertThat(rows.requireRows()).containsExactly("3:eins", "5:zwei", "6:drei");
  }

  @Test
  void shouldRefuseATableWithAHeaderButNoRowsAndOneWithNothing() {
    HeaderedRows<List<ImportCell>, String> headerOnly = handingOn(row -> {});
    read("Betrag;Text\n\n", headerOnly);
    assertThatThrownBy(headerOnly::requireSome)
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessage("import.file.no.lines");

    HeaderedRows<List<ImportCell>, String> blank = handingOn(row -> {});
    read("\n;\n", blank);
    assertThatThrownBy(blank::requireSome).hasMessage("import.file.empty");
  }

  @Test
  void shouldRefuseTheRowAfterTheLimitWhenHandingOn() {
    StringBuilder file = new StringBuilder("Betrag;Text\n");
    for (int i = 0; i <= ImportTable.MAX_ROWS; i++) {
      file.append("1;x\n");
    }
    int[] handed = {0};
    assertThatThrownBy(() -> read(file.toString(), handingOn(row -> handed[0]++)))
        .hasMessage("import.file.too.many.rows");
    assertThat(handed[0]).isEqualTo(ImportTable.MAX_ROWS);
  }
}
