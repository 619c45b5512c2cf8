package de.smartcity.portfolio.application.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportTableTest {

  private static List<List<String>> rows(String fileName, byte[] content) {
    List<List<String>> rows = new ArrayList<>();
    ImportTable.forFile(fileName, content)
        .read(content, (n, cells) -> rows.add(cells.stream().map(ImportCell::text).toList()));
    return rows;
  }

  @Test
  void shouldReadWindows1252WithSemicolons() {
    byte[] file =
        "Buchungsdatum;Kreditor;Betrag\r\n31.12.2026;Müller & Söhne;\"1.234,56\"\r\n"
            .getBytes(CsvTable.WINDOWS_1252);
    assertThat(rows("export.csv", file))
        .containsExactly(
            List.of("Buchungsdatum", "Kreditor", "Betrag"),
            List.of("31.12.2026", "Müller & Söhne", "1.234,56"));
  }

  @Test
  void shouldReadUtf8WithByteOrderMarkAndCommas() {
    byte[] file =
        "\uFEFFposting date,payee,amount\n2026-12-31,\"Straße, GmbH\",1234.56\n"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(rows("export.csv", file))
        .containsExactly(
            List.of("posting date", "payee", "amount"),
            List.of("2026-12-31", "Straße, GmbH", "1234.56"));
  }

  @Test
  void shouldRefuseAFileMixingUtf8AndWindows1252() {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("Kreditor;Text\nMüller;a\n".getBytes(StandardCharsets.UTF_8));
    file.writeBytes("Größe;b\n".getBytes(CsvTable.WINDOWS_1252));
    assertThatThrownBy(() -> rows("mixed.csv", file.toByteArray()))
        .hasMessage("import.file.mixed.encoding");
  }

  @Test
  void shouldMarkACsvCellStartingWithEqualsAsFormula() {
    List<ImportCell> seen = new ArrayList<>();
    byte[] file = "A;B\n=SUM(1;2);x\n".getBytes(StandardCharsets.UTF_8);
    ImportTable.forFile("f.csv", file).read(file, (n, cells) -> seen.addAll(cells));
    assertThat(seen.get(2).formula()).isTrue();
    assertThat(seen.get(3).formula()).isFalse();
  }

  @Test
  void shouldRefuseGarbageEmptyFilesAndOtherTypes() {
    assertThatThrownBy(() -> rows("a.csv", new byte[0])).hasMessage("import.file.empty");
    assertThatThrownBy(() -> rows("a.csv", new byte[] {1, 0, 2, 3}))
        .hasMessage("import.file.unreadable");
    assertThatThrownBy(() -> rows("a.xlsx", "no zip".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("import.file.unreadable");
    assertThatThrownBy(() -> rows("a.pdf", "x".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("import.file.type");
    assertThatThrownBy(() -> rows("a.csv", new byte[(int) ImportTable.MAX_BYTES + 1]))
        .hasMessage("import.file.too.large");
  }

  @Test
  void shouldReadAWorkbookStreamingWithDaysNumbersAndFormulas() throws IOException {
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Belege");
      CellStyle day = workbook.createCellStyle();
      day.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Buchungsdatum");
      header.createCell(1).setCellValue("Betrag");
      header.createCell(3).setCellValue("Text");
      Row line = sheet.createRow(1);
      line.createCell(0).setCellValue(LocalDate.of(2026, 12, 31));
      line.getCell(0).setCellStyle(day);
      line.createCell(1).setCellValue(1234.5);
      line.createCell(3).setCellFormula("1+1");
      workbook.write(out);
      file = out.toByteArray();
    }
    List<ImportCell> cells = new ArrayList<>();
    ImportTable.forFile("b.xlsx", file).read(file, (n, row) -> cells.addAll(row));
    assertThat(cells.stream().map(ImportCell::text))
        .containsExactly("Buchungsdatum", "Betrag", "", "Text", "2026-12-31", "1234.5", "", "");
    assertThat(cells.get(7).formula()).isTrue();
  }

  @Test
  void shouldRefuseAZipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(new byte[30 * 1024 * 1024]);
      zip.closeEntry();
    }
    assertThatThrownBy(() -> rows("bomb.xlsx", out.toByteArray()))
        .hasMessage("import.file.zip.bomb");
  }
}
