package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.Report;
import de.smartcity.portfolio.reports.ReportFileNames;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A proof of use (Verwendungsnachweis) or an interim proof (Zwischennachweis) for one budget year,
 * with every figure already computed.
 *
 * <p>Construction fails when the parts do not reconcile to the cent: the actual expenditure per
 * cost category must be the sum of that category's receipts, because the workbook recomputes it
 * from the receipt list.
 *
 * @param budgetYear the year an interim proof covers; null for a final proof
 * @param issuedOn the date of the proof, also printed next to the signature
 * @param signatory name and function of who signs, printed below the signature line; may be null
 * @param lateChanges submitted periods whose receipts changed afterwards, noted in this proof
 */
public record ProofOfUseReport(
    ProofKind kind,
    Year budgetYear,
    Issuer issuer,
    LocalDate issuedOn,
    String signatory,
    GrantHeader grant,
    Narrative narrative,
    IncomeStatement income,
    ExpenditureStatement expenditure,
    ReceiptList receipts,
    List<LateChange> lateChanges)
    implements Report {

  /** A proof without notes on earlier submissions. */
  public ProofOfUseReport(
      ProofKind kind,
      Year budgetYear,
      Issuer issuer,
      LocalDate issuedOn,
      String signatory,
      GrantHeader grant,
      Narrative narrative,
      IncomeStatement income,
      ExpenditureStatement expenditure,
      ReceiptList receipts) {
    this(
        kind,
        budgetYear,
        issuer,
        issuedOn,
        signatory,
        grant,
        narrative,
        income,
        expenditure,
        receipts,
        List.of());
  }

  public ProofOfUseReport {
    Objects.requireNonNull(kind, "kind");
    if ((kind == ProofKind.INTERIM) != (budgetYear != null)) {
      throw new IllegalArgumentException("An interim proof, and only that, covers a budget year");
    }
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(income, "income");
    Objects.requireNonNull(expenditure, "expenditure");
    Objects.requireNonNull(receipts, "receipts");
    lateChanges = List.copyOf(lateChanges);
    reconcile(expenditure, receipts);
    reconcile(income, expenditure);
  }

  /** E.g. "Zwischennachweis für das Haushaltsjahr 2024". */
  @Override
  public String title(ReportTexts texts) {
    return kind == ProofKind.FINAL
        ? texts.get("proof.title.final")
        : texts.format("proof.title.interim", budgetYear.toString());
  }

  /** The notes on submitted periods changed afterwards, one sentence each. */
  public List<String> lateChangeNotes(ReportTexts texts) {
    return lateChanges.stream()
        .map(
            change ->
                texts.format(
                    "proof.lateChange",
                    change.budgetYear() == null
                        ? texts.get("proof.title.final")
                        : texts.format("proof.title.interim", change.budgetYear().toString()),
                    texts.date(change.submittedOn()),
                    change.receiptChanges(),
                    texts.date(change.lastChangedOn())))
        .toList();
  }

  /** E.g. {@code Verwendungsnachweis_KfW-436-0815_2025-03-31.xlsx}. */
  public String fileName(Locale locale, ReportFormat format) {
    ReportTexts texts = ReportTexts.of(locale);
    List<String> subjects = new ArrayList<>(List.of(grant.grant().reference()));
    if (budgetYear != null) {
      subjects.add(budgetYear.toString());
    }
    String what = texts.get(kind == ProofKind.FINAL ? "proof.file.final" : "proof.file.interim");
    return ReportFileNames.of(what, subjects, issuedOn, format);
  }

  /**
   * II.1's actual total is II.2's: the own share covers what the grant and the others do not,
   * non-eligible costs included; the settlement's eligible costs are II.2's eligible total.
   */
  private static void reconcile(IncomeStatement income, ExpenditureStatement expenditure) {
    Amounts.requireEqual(
        income.actualTotal(), expenditure.actualTotal(), "II.1 actual total against II.2");
    if (income.settlement() != null) {
      Amounts.requireEqual(
          income.settlement().eligibleCosts(),
          expenditure.actualEligibleTotal(),
          "The settlement's eligible costs against II.2");
    }
  }

  private static void reconcile(ExpenditureStatement expenditure, ReceiptList receipts) {
    Map<String, BigDecimal[]> byCategory = new HashMap<>();
    for (Receipt receipt : receipts.receipts()) {
      BigDecimal[] sums =
          byCategory.computeIfAbsent(
              receipt.costCategory(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(receipt.amount());
      sums[1] = sums[1].add(receipt.eligibleAmount());
    }
    for (CostCategoryLine line : expenditure.lines()) {
      BigDecimal[] sums = byCategory.remove(line.category());
      BigDecimal amount = sums == null ? BigDecimal.ZERO : sums[0];
      BigDecimal eligible = sums == null ? BigDecimal.ZERO : sums[1];
      Amounts.requireEqual(line.actual(), amount, "Actual " + line.category());
      Amounts.requireEqual(line.actualEligible(), eligible, "Actual eligible " + line.category());
    }
    if (!byCategory.isEmpty()) {
      throw new IllegalArgumentException(
          "Receipts in cost categories missing from II.2: " + byCategory.keySet());
    }
  }
}
