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
import de.smartcity.portfolio.domain.model.project.Project;
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
import java.util.function.Consumer;

/**
 * Reads a receipt export and decides for each line whether an import adds it, skips it as already
 * present or refuses it, and why. The dates, amounts and eligible parts are checked by the very
 * rule that refuses a receipt typed in ({@link Receipt#record}), on a receipt that is never stored
 * unless the import stores it.
 *
 * <p>The preview ({@link #check}) holds every line, since the page shows them all. The import
 * ({@link #pass}) holds none: it reads the file once for the assignments it names and once more to
 * hand each line to add to the caller as it comes, so that what it holds does not grow with the
 * file beyond the keys that tell a line already seen.
 */
@ApplicationScoped
class ImportCheck {

  /** A line to add, as read, and the project and cost category it is booked to. */
  record Pending(Read line, String assignment, long projectId, long categoryId) {

    /**
     * The line as a receipt of the project in the category, recorded but not stored; refused as a
     * receipt typed in would be.
     */
    Receipt recordOn(Project project, CostCategory category, LocalDate today) {
      Receipt receipt = new Receipt(project);
      receipt.record(
          line.day(),
          line.payee(),
          line.text(),
          line.documentNumber(),
          category,
          Money.of(line.amount()),
          Money.of(line.eligibleOrAmount()),
          today);
      return receipt;
    }
  }

  /**
   * What an import's pass over a file found: how many lines it added, skipped as present and
   * refused, and the first and last payment day of those it added (none when it added none).
   */
  record Passed(int added, int duplicates, int errors, LocalDate firstDay, LocalDate lastDay) {}

  /** A line as read, before its assignment is looked up. */
  record Read(
      int line,
      LocalDate day,
      String documentNumber,
      String payee,
      String text,
      BigDecimal amount,
      BigDecimal eligible,
      String assignment,
      String category,
      BusinessRuleViolation problem) {

    BigDecimal eligibleOrAmount() {
      return eligible == null ? amount : eligible;
    }
  }

  /** What the check decided for a line; the assignment and category as far as they are known. */
  private record Verdict(
      Outcome outcome,
      AccountAssignment assignment,
      CostCategory category,
      Pending pending,
      BusinessRuleViolation problem) {}

  @Inject private ImportRepository imports;
  @Inject private BudgetRepository budgets;
  @Inject private Clock clock;

  /** The preview: every line with its outcome, and the totals of what an import would add. */
  ImportPreview check(String fileName, byte[] content, ImportProgress progress) {
    String sha256 = Sha256.of(content);
    HeaderedRows<ReceiptColumns, Read> rows =
        new HeaderedRows<>(fileName, ReceiptColumns::recognise, ImportCheck::read);
    ImportTable.forFile(fileName, content).read(content, rows);
    List<Read> lines = rows.requireRows();
    progress.start(lines.size());
    Set<String> codes = new HashSet<>();
    lines.forEach(l -> codes.add(AccountAssignment.normalise(l.assignment())));
    Basis basis = new Basis(codes);
    List<ImportLine> checked = new ArrayList<>(lines.size());
    Map<String, ImportPreview.Total> totals = new TreeMap<>();
    for (Read line : lines) {
      Verdict verdict = basis.judge(line);
      String projectCode =
          verdict.assignment() == null ? null : verdict.assignment().getProject().getCode();
      if (verdict.outcome() == Outcome.ADD) {
        CostCategory category = verdict.category();
        totals.merge(
            projectCode
                + "\u0000"
                + String.format(Locale.ROOT, "%06d", category.getSortOrder())
                + category.getCode(),
            new ImportPreview.Total(
                projectCode,
                category.getCode(),
                1,
                Money.of(line.amount()),
                Money.of(line.eligibleOrAmount())),
            (a, b) ->
                new ImportPreview.Total(
                    a.projectCode(),
                    a.categoryCode(),
                    a.lines() + 1,
                    a.amount().plus(b.amount()),
                    a.eligibleAmount().plus(b.eligibleAmount())));
      }
      checked.add(
          new ImportLine(
              line.line(),
              verdict.outcome(),
              line.day(),
              line.documentNumber(),
              line.payee(),
              line.text(),
              line.amount(),
              line.eligibleOrAmount(),
              line.assignment(),
              projectCode,
              verdict.category() == null ? null : verdict.category().getCode(),
              verdict.problem() == null ? null : Problem.of(verdict.problem())));
      progress.advance();
    }
    return new ImportPreview(fileName, sha256, checked, List.copyOf(totals.values()));
  }

  /**
   * The import's pass over a file: decides each line as {@link #check} does and hands each line to
   * add to {@code add} in file order, holding no line once decided. Progress counts the lines
   * decided.
   */
  Passed pass(String fileName, byte[] content, ImportProgress progress, Consumer<Pending> add) {
    ImportTable table = ImportTable.forFile(fileName, content);
    Set<String> codes = new HashSet<>();
    HeaderedRows<ReceiptColumns, Read> first =
        handingOn(fileName, line -> codes.add(AccountAssignment.normalise(line.assignment())));
    table.read(content, first);
    progress.start(first.requireSome());
    Basis basis = new Basis(codes);
    int[] counts = new int[Outcome.values().length];
    LocalDate[] days = new LocalDate[2];
    table.read(
        content,
        handingOn(
            fileName,
            line -> {
              Verdict verdict = basis.judge(line);
              counts[verdict.outcome().ordinal()]++;
              if (verdict.outcome() == Outcome.ADD) {
                days[0] = days[0] == null || line.day().isBefore(days[0]) ? line.day() : days[0];
                days[1] = days[1] == null || line.day().isAfter(days[1]) ? line.day() : days[1];
                add.accept(verdict.pending());
              }
              progress.advance();
            }));
    return new Passed(
        counts[Outcome.ADD.ordinal()],
        counts[Outcome.DUPLICATE.ordinal()],
        counts[Outcome.ERROR.ordinal()],
        days[0],
        days[1]);
  }

  /** The file's lines under its header, each handed to {@code each} as it is read. */
  private static HeaderedRows<ReceiptColumns, Read> handingOn(
      String fileName, Consumer<Read> each) {
    return new HeaderedRows<>(fileName, ReceiptColumns::recognise, ImportCheck::read, each);
  }

  /**
   * What the lines of one file are checked against: the assignments they name, the lines of those
   * assignments imported before, the cost categories, and the lines of the file already seen.
   */
  private final class Basis {

    private final Map<String, AccountAssignment> assignments = new HashMap<>();
    private final Set<String> present;
    private final Map<String, CostCategory> categories = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final LocalDate today = LocalDate.now(clock);

    Basis(Set<String> codes) {
      imports.findAssignmentsByCode(codes).forEach(a -> assignments.put(a.getCode(), a));
      present = imports.importKeys(assignments.keySet());
      for (CostCategory category : budgets.findAllCategories()) {
        categories.put(category.getCode().toLowerCase(Locale.ROOT), category);
        categories.put(category.getName().toLowerCase(Locale.ROOT), category);
      }
    }

    Verdict judge(Read line) {
      AccountAssignment assignment =
          assignments.get(AccountAssignment.normalise(line.assignment()));
      BusinessRuleViolation problem = line.problem();
      if (problem == null && assignment == null) {
        problem =
            new BusinessRuleViolation("import.assignment.unknown", "assignment", line.assignment());
      }
      CostCategory category = null;
      if (problem == null) {
        category =
            line.category().isBlank()
                ? assignment.getDefaultCategory()
                : categories.get(line.category().toLowerCase(Locale.ROOT));
        if (category == null) {
          problem = new BusinessRuleViolation("costcategory.unknown", "category", line.category());
        }
      }
      if (problem != null) {
        return new Verdict(Outcome.ERROR, assignment, category, null, problem);
      }
      Pending pending =
          new Pending(
              line, assignment.getCode(), assignment.getProject().getId(), category.getId());
      try {
        pending.recordOn(assignment.getProject(), category, today);
      } catch (BusinessRuleViolation refused) {
        return new Verdict(Outcome.ERROR, assignment, category, null, refused);
      }
      String key =
          Receipt.importKey(
              line.documentNumber(), line.day(), Money.of(line.amount()), assignment.getCode());
      if (present.contains(key) || !seen.add(key)) {
        return new Verdict(Outcome.DUPLICATE, assignment, category, null, null);
      }
      return new Verdict(Outcome.ADD, assignment, category, pending, null);
    }
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
