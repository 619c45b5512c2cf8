package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.ImportLine;
import de.smartcity.portfolio.application.ImportLine.Outcome;
import de.smartcity.portfolio.application.ImportLine.Problem;
import de.smartcity.portfolio.application.ImportPreview;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.internal.importing.HeaderedRows;
import de.smartcity.portfolio.application.internal.importing.ImportCell;
import de.smartcity.portfolio.application.internal.importing.ImportTable;
import de.smartcity.portfolio.application.internal.importing.ImportValues;
import de.smartcity.portfolio.application.internal.importing.ReceiptColumns;
import de.smartcity.portfolio.application.internal.importing.ReceiptColumns.Column;
import de.smartcity.portfolio.domain.model.budget.AccountAssignment;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.ImportRepository;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.domain.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a receipt export and decides for each line whether an import adds it, skips it as already
 * present or refuses it, and why. The dates, amounts and eligible parts are checked by the very
 * rule that refuses a receipt typed in ({@link Receipt#record}), on a receipt that is never stored
 * unless the import stores it.
 */
@ApplicationScoped
class ImportCheck {

  /** A line to add: the receipt, recorded but not stored, and what ties it to the bookkeeping. */
  record Pending(Receipt receipt, String documentNumber, String assignment) {}

  /** The preview, and the receipts an import would store, in file order. */
  record Checked(ImportPreview preview, List<Pending> toAdd) {}

  /** A line as read, before its assignment is looked up. */
  private record Read(
      int line,
      LocalDate day,
      String documentNumber,
      String payee,
      String text,
      BigDecimal amount,
      BigDecimal eligible,
      String assignment,
      String category,
      BusinessRuleViolation problem) {}

  @Inject private ImportRepository imports;
  @Inject private BudgetRepository budgets;
  @Inject private Clock clock;

  Checked check(String fileName, byte[] content, ImportProgress progress) {
    String sha256 = Sha256.of(content);
    List<Read> lines = read(fileName, content);
    progress.start(lines.size());
    Set<String> codes = new HashSet<>();
    lines.forEach(l -> codes.add(AccountAssignment.normalise(l.assignment())));
    Map<String, AccountAssignment> assignments = new HashMap<>();
    imports.findAssignmentsByCode(codes).forEach(a -> assignments.put(a.getCode(), a));
    Set<String> present = imports.importKeys(assignments.keySet());
    Map<String, CostCategory> categories = new HashMap<>();
    for (CostCategory category : budgets.findAllCategories()) {
      categories.put(category.getCode().toLowerCase(Locale.ROOT), category);
      categories.put(category.getName().toLowerCase(Locale.ROOT), category);
    }
    LocalDate today = LocalDate.now(clock);
    List<ImportLine> checked = new ArrayList<>(lines.size());
    List<Pending> toAdd = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, ImportPreview.Total> totals = new TreeMap<>();
    for (Read line : lines) {
      AccountAssignment assignment =
          assignments.get(AccountAssignment.normalise(line.assignment()));
      String projectCode = assignment == null ? null : assignment.getProject().getCode();
      BusinessRuleViolation problem = line.problem();
      CostCategory category = null;
      if (problem == null && assignment == null) {
        problem =
            new BusinessRuleViolation("import.assignment.unknown", "assignment", line.assignment());
      }
      if (problem == null) {
        category =
            line.category().isBlank()
                ? assignment.getDefaultCategory()
                : categories.get(line.category().toLowerCase(Locale.ROOT));
        if (category == null) {
          problem = new BusinessRuleViolation("costcategory.unknown", "category", line.category());
        }
      }
      Receipt receipt = null;
      if (problem == null) {
        receipt = new Receipt(assignment.getProject());
        try {
          receipt.record(
              line.day(),
              line.payee(),
              line.text(),
              line.documentNumber(),
              category,
              Money.of(line.amount()),
              Money.of(line.eligible() == null ? line.amount() : line.eligible()),
              today);
        } catch (BusinessRuleViolation refused) {
          problem = refused;
        }
      }
      Outcome outcome;
      if (problem != null) {
        outcome = Outcome.ERROR;
      } else {
        String key =
            Receipt.importKey(
                line.documentNumber(), line.day(), receipt.getAmount(), assignment.getCode());
        if (present.contains(key) || !seen.add(key)) {
          outcome = Outcome.DUPLICATE;
        } else {
          outcome = Outcome.ADD;
          toAdd.add(new Pending(receipt, line.documentNumber(), assignment.getCode()));
          String categoryCode = category.getCode();
          Receipt added = receipt;
          totals.merge(
              projectCode
                  + "\u0000"
                  + String.format(Locale.ROOT, "%06d", category.getSortOrder())
                  + categoryCode,
              new ImportPreview.Total(
                  projectCode, categoryCode, 1, added.getAmount(), added.getEligibleAmount()),
              (a, b) ->
                  new ImportPreview.Total(
                      a.projectCode(),
                      a.categoryCode(),
                      a.lines() + 1,
                      a.amount().plus(b.amount()),
                      a.eligibleAmount().plus(b.eligibleAmount())));
        }
      }
      checked.add(
          new ImportLine(
              line.line(),
              outcome,
              line.day(),
              line.documentNumber(),
              line.payee(),
              line.text(),
              line.amount(),
              line.eligible() == null ? line.amount() : line.eligible(),
              line.assignment(),
              projectCode,
              category == null ? null : category.getCode(),
              problem == null ? null : Problem.of(problem)));
      progress.advance();
    }
    return new Checked(
        new ImportPreview(fileName, sha256, checked, List.copyOf(totals.values())), toAdd);
  }

  private List<Read> read(String fileName, byte[] content) {
    HeaderedRows<ReceiptColumns, Read> rows =
        new HeaderedRows<>(fileName, ReceiptColumns::recognise, ImportCheck::read);
    ImportTable.forFile(fileName, content).read(content, rows);
    return rows.requireRows();
  }

  /** Reads one line; the first value it cannot take becomes the line's problem. */
  private static Read read(int number, ReceiptColumns columns, List<ImportCell> cells) {
    Map<Column, String> values = new LinkedHashMap<>();
    BusinessRuleViolation problem = null;
    for (Column column : Column.values()) {
      ImportCell cell = columns.cell(cells, column);
      if (cell.formula() && problem == null) {
        problem = new BusinessRuleViolation("import.value.formula", column.name(), label(column));
      }
      if (column.isRequired() && cell.isBlank() && problem == null) {
        problem = new BusinessRuleViolation("import.value.missing", column.name(), label(column));
      }
      values.put(column, cell.text());
    }
    problem = problem == null ? tooLong(values) : problem;
    LocalDate day = null;
    BigDecimal amount = null;
    BigDecimal eligible = null;
    try {
      if (problem == null) {
        day = ImportValues.day(values.get(Column.POSTING_DATE), Column.POSTING_DATE.name());
        amount = ImportValues.amount(values.get(Column.AMOUNT), Column.AMOUNT.name());
        String eligibleText = values.get(Column.ELIGIBLE);
        eligible =
            eligibleText.isBlank()
                ? null
                : ImportValues.amount(eligibleText, Column.ELIGIBLE.name());
      }
    } catch (BusinessRuleViolation unreadable) {
      problem = unreadable;
    }
    return new Read(
        number,
        day,
        values.get(Column.DOCUMENT_NUMBER),
        values.get(Column.PAYEE),
        values.get(Column.TEXT),
        amount,
        eligible,
        values.get(Column.ASSIGNMENT),
        values.get(Column.CATEGORY),
        problem);
  }

  private static BusinessRuleViolation tooLong(Map<Column, String> values) {
    Map<Column, Integer> limits =
        Map.of(
            Column.DOCUMENT_NUMBER, 60, Column.PAYEE, 200, Column.TEXT, 500, Column.ASSIGNMENT, 40);
    return limits.entrySet().stream()
        .sorted(Comparator.comparing(Map.Entry::getKey))
        .filter(e -> values.get(e.getKey()).length() > e.getValue())
        .findFirst()
        .map(
            e ->
                new BusinessRuleViolation(
                    "import.value.too.long", e.getKey().name(), label(e.getKey()), e.getValue()))
        .orElse(null);
  }

  private static String label(Column column) {
    return ReceiptColumns.TEMPLATE_HEADER.get(column.ordinal());
  }
}
