package de.smartcity.portfolio.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A bookkeeping export of any length in the import template's format (the template's header:
 * Buchungsdatum;Belegnummer;Kreditor;Text;Betrag;Kontierung), as CSV (UTF-8, {@code ;}, German
 * amounts and dates, as the city's finance system writes it) or as {@code .xlsx} (dates and amounts
 * as numbers, written by POI's streaming writer). Every line is one the import adds: the posting
 * dates lie between 1 January 2024 and 31 December 2025 (the period of {@link
 * FundedScenario#grantWithProject}'s projects and grants), the document numbers are 4,000,001
 * onwards, the amounts 1.00 to 5,000.00, and line {@code i} goes to assignment {@code i mod n}. The
 * same seed and length give the same lines.
 */
public final class GeneratedReceiptExport {

  /** The header of the import's template, in its order. */
  public static final List<String> HEADER =
      List.of("Buchungsdatum", "Belegnummer", "Kreditor", "Text", "Betrag", "Kontierung");

  private static final List<String> PAYEES =
      List.of(
          "Ruhr Sensorik GmbH",
          "Stadtwerke Bochum GmbH",
          "Druckerei Müller & Söhne",
          "Ingenieurbüro Weiß",
          "Bochum Bau AG",
          "Datenwerk eG");
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 731; // 2024 (a leap year) and 2025
  private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** One generated line. */
  public record Line(
      LocalDate day,
      String documentNumber,
      String payee,
      String text,
      BigDecimal amount,
      String assignment) {}

  private final List<String> assignments;
  private final int lines;
  private final long seed;

  public GeneratedReceiptExport(List<String> assignments, int lines, long seed) {
    if (assignments.isEmpty() || lines < 1) {
      throw new IllegalArgumentException("needs assignments and at least one line");
    }
    this.assignments = List.copyOf(assignments);
    this.lines = lines;
    this.seed = seed;
  }

  /** Line {@code index} (0-based). */
  public Line line(int index, Random random) {
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(499_901), 2);
    String payee = PAYEES.get(random.nextInt(PAYEES.size()));
    return new Line(
        day,
        Integer.toString(4_000_001 + index),
        payee,
        "Rechnung " + (index + 1) + " Smart-City-Maßnahme",
        amount,
        assignments.get(index % assignments.size()));
  }

  /** The sum of all amounts, for checking what an import added. */
  public BigDecimal total() {
    Random random = new Random(seed);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < lines; i++) {
      total = total.add(line(i, random).amount());
    }
    return total;
  }

  /** As the finance system's CSV export: UTF-8, {@code ;}, {@code 31.12.2025}, {@code 1.234,56}. */
  public byte[] csv() {
    DecimalFormat german =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    StringBuilder out = new StringBuilder(lines * 90);
    out.append(String.join(";", HEADER)).append("\r\n");
    Random random = new Random(seed);
    for (int i = 0; i < lines; i++) {
      Line line = line(i, random);
      out.append(GERMAN_DAY.format(line.day()))
          .append(';')
          .append(line.documentNumber())
          .append(';')
          .append(line.payee())
          .append(';')
          .append(line.text())
          .append(';')
          .append(german.format(line.amount()))
          .append(';')
          .append(line.assignment())
          .append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** As a workbook: one sheet, the header, then dates as dates and amounts as numbers. */
  public byte[] xlsx() {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("Belege");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
      }
      Random random = new Random(seed);
      for (int i = 0; i < lines; i++) {
        Line line = line(i, random);
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(line.day());
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellValue(line.documentNumber());
        row.createCell(2).setCellValue(line.payee());
        row.createCell(3).setCellValue(line.text());
        row.createCell(4).setCellValue(line.amount().doubleValue());
        row.getCell(4).setCellStyle(money);
        row.createCell(5).setCellValue(line.assignment());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
