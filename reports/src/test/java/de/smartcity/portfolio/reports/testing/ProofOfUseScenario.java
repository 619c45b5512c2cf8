package de.smartcity.portfolio.reports.testing;

import de.smartcity.portfolio.reports.common.Grant;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.proofofuse.CostCategoryLine;
import de.smartcity.portfolio.reports.proofofuse.ExpenditureStatement;
import de.smartcity.portfolio.reports.proofofuse.GrantHeader;
import de.smartcity.portfolio.reports.proofofuse.GrantNotice;
import de.smartcity.portfolio.reports.proofofuse.GrantSettlement;
import de.smartcity.portfolio.reports.proofofuse.IncomeLine;
import de.smartcity.portfolio.reports.proofofuse.IncomeSource;
import de.smartcity.portfolio.reports.proofofuse.IncomeStatement;
import de.smartcity.portfolio.reports.proofofuse.LateChange;
import de.smartcity.portfolio.reports.proofofuse.Narrative;
import de.smartcity.portfolio.reports.proofofuse.ProofKind;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseReport;
import de.smartcity.portfolio.reports.proofofuse.Receipt;
import de.smartcity.portfolio.reports.proofofuse.ReceiptList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small proof of use whose figures were worked out by hand (invented demo figures).
 *
 * <pre>
 * Receipts (date order)                         amount     eligible
 *   1  31.01.2024  =HYPERLINK(..)  Sachausg.    500.00       450.00
 *   2  29.02.2024  Druckerei       Sachausg.     99.99         0.00
 *   3  15.03.2024  Stadtwerke      Invest.     1,234.57     1,234.57
 *   4  28.06.2024  Personal        Personal   18,165.44    18,165.44
 *   total                                     20,000.00    19,850.01
 *
 * II.1 actual: this grant as received: 12,000.00 paid out (60.00 %)
 *              third party 2,469.00 = 12.345 % -> 12.35 % (half up; half even would say 12.34)
 *              own share 20,000.00 - 2,469.00 - 12,000.00 = 5,531.00 (27.655 % -> 27.66 %)
 * Settlement:  grant share 65 % of 19,850.01 = 12,902.5065 -> 12,902.51; received 12,000.00,
 *              so 902.51 under-paid; own share of the eligible costs 19,850.01 - 12,000.00
 *              - 2,469.00 = 5,381.01 (27.108349 % -> 27.11 %)
 * II.1 plan:   total 23,000.00; grant 65 % of 22,900.00 = 14,885.00 (64.7174 % -> 64.72 %)
 *              third party 2,500.00 (10.8696 % -> 10.87 %); own 5,615.00 (24.4130 % -> 24.41 %)
 * II.2:        not eligible: plan 23,000.00 - 22,900.00 = 100.00, actual 20,000.00 - 19,850.01
 *              = 149.99
 * Notices 14,000.00 + 885.00 = 14,885.00 approved; 12,000.00 paid out as of 31.03.2025 (the
 * final proof's date) or 31.12.2024 (the interim proof's year end).
 * </pre>
 */
public final class ProofOfUseScenario {

  public static final String EVIL_PAYEE = "=HYPERLINK(\"http://evil\",\"x\")";
  public static final Issuer ISSUER = new Issuer("Stadt Bochum – Smart City", "Bochum");
  public static final Grant GRANT =
      new Grant(
          "Modellprojekte Smart Cities (KfW 436)",
          "Stadt Bochum",
          "Smart City Bochum – Umsetzungsphase (Demodaten)",
          "436-B/2021/0815");

  private ProofOfUseScenario() {}

  public static ProofOfUseReport finalProof() {
    return proof(ProofKind.FINAL, null, receipts());
  }

  public static ProofOfUseReport interimProof() {
    return proof(ProofKind.INTERIM, Year.of(2024), receipts());
  }

  public static List<Receipt> receipts() {
    return List.of(
        receipt(
            "2024-03-15",
            "Stadtwerke Bochum GmbH",
            "LoRaWAN-Gateways",
            "R-2024-017",
            "Investitionen",
            "1234.57",
            "1234.57"),
        receipt(
            "2024-01-31",
            EVIL_PAYEE,
            "Beratung Datenplattform",
            "R-2024-003",
            "Sachausgaben",
            "500.00",
            "450.00"),
        receipt(
            "2024-06-28",
            "Stadt Bochum, Personalamt",
            "Personalausgaben 1. Halbjahr",
            "P-2024-H1",
            "Personalausgaben",
            "18165.44",
            "18165.44"),
        receipt(
            "2024-02-29",
            "Druckerei Müller",
            "Flyer Bürgerbeteiligung",
            "R-2024-009",
            "Sachausgaben",
            "99.99",
            "0.00"));
  }

  public static ProofOfUseReport proof(ProofKind kind, Year year, List<Receipt> receipts) {
    LocalDate asOf =
        year == null ? LocalDate.of(2025, 3, 31) : year.atMonthDay(MonthDay.of(12, 31));
    return new ProofOfUseReport(
        kind,
        year,
        ISSUER,
        LocalDate.of(2025, 3, 31),
        "Dr. Erika Beispiel, Leiterin Smart City",
        new GrantHeader(
            GRANT,
            List.of(
                new GrantNotice(LocalDate.of(2021, 10, 12), "436-B/2021/0815", eur("14000.00")),
                new GrantNotice(LocalDate.of(2023, 5, 2), "436-B/2021/0815-Ä1", eur("885.00"))),
            eur("14885.00"),
            eur("12000.00"),
            asOf),
        narrative(),
        new IncomeStatement(
            List.of(
                income(IncomeSource.OWN_SHARE, "5615.00", "24.41", "5531.00", "27.66"),
                income(
                    IncomeSource.THIRD_PARTY_CONTRIBUTIONS, "2500.00", "10.87", "2469.00", "12.35"),
                income(IncomeSource.OTHER_PUBLIC_FUNDING, "0.00", "0.00", "0.00", "0.00"),
                income(IncomeSource.THIS_GRANT, "14885.00", "64.72", "12000.00", "60.00")),
            eur("23000.00"),
            eur("20000.00"),
            new GrantSettlement(
                year == null ? null : year.atDay(1),
                asOf,
                eur("12000.00"),
                eur("65.00"),
                eur("19850.01"),
                eur("12902.51"),
                eur("-902.51"),
                eur("5381.01"),
                eur("27.11"))),
        new ExpenditureStatement(
            List.of(
                category("Personalausgaben", "20000.00", "20000.00", "18165.44", "18165.44"),
                category("Sachausgaben", "1000.00", "900.00", "599.99", "450.00"),
                category("Investitionen", "2000.00", "2000.00", "1234.57", "1234.57")),
            eur("23000.00"),
            eur("22900.00"),
            eur("20000.00"),
            eur("19850.01")),
        new ReceiptList(receipts, eur("20000.00"), eur("19850.01")));
  }

  /**
   * A final proof with {@code count} generated receipts in three cost categories, its sums added up
   * exactly; every fourth receipt is not eligible.
   */
  public static ProofOfUseReport withGeneratedReceipts(int count) {
    List<String> categories = List.of("Personalausgaben", "Sachausgaben", "Investitionen");
    List<Receipt> receipts = new ArrayList<>(count);
    BigDecimal[] amounts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    BigDecimal[] eligible = amounts.clone();
    for (int i = 0; i < count; i++) {
      BigDecimal paid = BigDecimal.valueOf(100 + (i * 7919L) % 500_000, 2);
      BigDecimal fundable = i % 4 == 0 ? BigDecimal.ZERO.setScale(2) : paid;
      int category = i % categories.size();
      receipts.add(
          new Receipt(
              LocalDate.of(2024, 1, 1).plusDays(i % 366),
              // payee, receipt number and project as long as the demo data's
              "Lieferant " + i + " Westfalen IT-Beratung AG",
              "Leistung " + i + " " + categories.get(category) + " 2024",
              "INF-%02d-2024-SACH-%03d".formatted(1 + i % 40, i % 1000),
              "INF-%02d".formatted(1 + i % 40),
              categories.get(category),
              paid,
              fundable));
      amounts[category] = amounts[category].add(paid);
      eligible[category] = eligible[category].add(fundable);
    }
    List<CostCategoryLine> lines = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      lines.add(
          new CostCategoryLine(
              categories.get(i), amounts[i], eligible[i], amounts[i], eligible[i]));
    }
    BigDecimal total = Arrays.stream(amounts).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal fundable = Arrays.stream(eligible).reduce(BigDecimal.ZERO, BigDecimal::add);
    ProofOfUseReport sample = finalProof();
    return new ProofOfUseReport(
        sample.kind(),
        sample.budgetYear(),
        sample.issuer(),
        sample.issuedOn(),
        sample.signatory(),
        sample.grant(),
        sample.narrative(),
        // Without settlement: the city carries every cost itself.
        new IncomeStatement(
            List.of(
                income(IncomeSource.OWN_SHARE, "5615.00", "24.41", total.toPlainString(), "100.00"),
                income(IncomeSource.THIRD_PARTY_CONTRIBUTIONS, "2500.00", "10.87", "0.00", "0.00"),
                income(IncomeSource.OTHER_PUBLIC_FUNDING, "0.00", "0.00", "0.00", "0.00"),
                income(IncomeSource.THIS_GRANT, "14885.00", "64.72", "0.00", "0.00")),
            eur("23000.00"),
            total),
        new ExpenditureStatement(lines, total, fundable, total, fundable),
        new ReceiptList(receipts, total, fundable));
  }

  /** The final proof, noting that 3 receipts of the submitted interim proof 2024 changed. */
  public static ProofOfUseReport finalProofAfterLateChanges() {
    ProofOfUseReport proof = finalProof();
    return new ProofOfUseReport(
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
            new LateChange(Year.of(2024), LocalDate.of(2025, 2, 14), 3, LocalDate.of(2025, 3, 2))));
  }

  public static Narrative narrative() {
    return new Narrative(
        "01.01.2022",
        "01.01.2022 – 31.12.2026",
        "voraussichtlich 31.12.2026",
        "2 Vollzeitstellen Projektleitung, 1 Stelle Datenmanagement",
        "Die urbane Datenplattform ist in Betrieb; 24 Bodenfeuchtesensoren an Straßenbäumen "
            + "melden über LoRaWAN. "
            + "Die Ergebnisse werden im Stadtrat und im Ausschuss für Strukturentwicklung und "
            + "Digitalisierung regelmäßig vorgestellt. ".repeat(4),
        "Die Ausschreibung der Sensorik verzögerte sich um drei Monate.",
        "Keine wesentlichen Abweichungen; Umschichtung von 100,00 EUR aus Sachausgaben.");
  }

  public static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  private static Receipt receipt(
      String date,
      String payee,
      String purpose,
      String reference,
      String category,
      String amount,
      String eligible) {
    return new Receipt(
        LocalDate.parse(date),
        payee,
        purpose,
        reference,
        "ISM-02",
        category,
        eur(amount),
        eur(eligible));
  }

  private static IncomeLine income(
      IncomeSource source, String planned, String plannedPct, String actual, String actualPct) {
    return new IncomeLine(source, eur(planned), eur(plannedPct), eur(actual), eur(actualPct));
  }

  private static CostCategoryLine category(
      String name, String planned, String plannedEligible, String actual, String actualEligible) {
    return new CostCategoryLine(
        name, eur(planned), eur(plannedEligible), eur(actual), eur(actualEligible));
  }
}
