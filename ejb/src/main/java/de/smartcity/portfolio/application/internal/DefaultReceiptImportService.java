package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.ImportPreview;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.application.internal.importing.ReceiptColumns;
import de.smartcity.portfolio.domain.model.budget.AccountAssignment;
import de.smartcity.portfolio.domain.model.budget.AssignmentKind;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.ImportRepository;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.proofofuse.LateReceiptChange;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Sha256;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class, ServiceMethod.class})
public class DefaultReceiptImportService implements ReceiptImportService {

  private static final int LATEST_IMPORTS = 20;

  /** How many receipts an import stores before it writes them out and lets go of them. */
  private static final int CHUNK = 1000;

  @Inject private ImportRepository imports;
  @Inject private BudgetRepository budgets;
  @Inject private ProjectRepository projectRecords;
  @Inject private ProofOfUseRepository proofs;
  @Inject private References references;
  @Inject private ImportCheck check;
  @Inject private SubmittedPeriods submittedPeriods;
  @Inject private Caller caller;
  @Inject private Clock clock;

  @Override
  public List<AccountAssignment> assignments(long projectId) {
    return imports.findAssignments(projectId);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public AccountAssignment addAssignment(
      long projectId, AssignmentKind kind, String code, String categoryCode) {
    String normalised = AccountAssignment.normalise(code);
    imports.findAssignmentsByCode(List.of(normalised)).stream()
        .findFirst()
        .ifPresent(
            taken -> {
              throw new BusinessRuleViolation(
                  "assignment.code.taken",
                  "assignmentCode",
                  normalised,
                  taken.getProject().getCode());
            });
    AccountAssignment assignment =
        new AccountAssignment(
            references.project(projectId), kind, normalised, references.category(categoryCode));
    imports.store(assignment);
    return assignment;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public void removeAssignment(long id, long version) {
    imports.remove(References.current(imports.findAssignment(id), id, version));
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Download template() {
    // A byte order mark, so that Excel reads the umlauts of the header as UTF-8.
    String header = "\uFEFF" + String.join(";", ReceiptColumns.TEMPLATE_HEADER) + "\r\n";
    return new Download(
        "Belegimport_Vorlage.csv", "text/csv", header.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  @Asynchronous
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Future<ImportPreview> preview(String fileName, byte[] content, ImportProgress progress) {
    return CompletableFuture.completedFuture(check.check(fileName, content, progress));
  }

  /**
   * Stores the lines to add in one transaction, a chunk at a time: each chunk is written out and
   * then let go of, so that the persistence context holds one chunk's receipts, not the file's. A
   * refusal anywhere rolls back every chunk written before it.
   */
  @Override
  @Asynchronous
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Future<ReceiptImport> importReceipts(
      String fileName, byte[] content, ImportProgress progress) {
    ReceiptImport origin =
        new ReceiptImport(fileName, Sha256.of(content), userName(), clock.instant());
    imports.store(origin);
    Chunks chunks = new Chunks(origin.getId());
    ImportCheck.Passed passed = check.pass(fileName, content, progress, chunks::add);
    chunks.write();
    if (passed.added() == 0) {
      throw new BusinessRuleViolation("import.nothing.to.add", "file", fileName);
    }
    ReceiptImport recorded = imports.findImport(origin.getId()).orElseThrow();
    recorded.counted(
        passed.added(), passed.duplicates(), passed.errors(), passed.firstDay(), passed.lastDay());
    return CompletableFuture.completedFuture(recorded);
  }

  /**
   * The lines to add, stored {@value #CHUNK} at a time. A chunk looks up its records after the one
   * before was let go of, and reads its grants' submissions before it stores anything: a query
   * after a store would first write out every receipt stored so far, one by one.
   */
  private final class Chunks {

    private final long originId;
    private final LocalDate today = LocalDate.now(clock);
    private final SubmittedPeriods.Lookup submissions = submittedPeriods.lookup();
    private final List<ImportCheck.Pending> pending = new ArrayList<>(CHUNK);

    Chunks(long originId) {
      this.originId = originId;
    }

    void add(ImportCheck.Pending line) {
      pending.add(line);
      if (pending.size() == CHUNK) {
        write();
      }
    }

    void write() {
      if (pending.isEmpty()) {
        return;
      }
      ReceiptImport origin = imports.findImport(originId).orElseThrow();
      Map<Long, CostCategory> categories = new HashMap<>();
      budgets.findAllCategories().forEach(c -> categories.put(c.getId(), c));
      Map<Long, Project> projects = new HashMap<>();
      projectRecords
          .findAll(pending.stream().map(ImportCheck.Pending::projectId).distinct().toList())
          .forEach(p -> projects.put(p.getId(), p));
      List<Receipt> receipts = new ArrayList<>(pending.size());
      for (ImportCheck.Pending line : pending) {
        Receipt receipt =
            line.recordOn(projects.get(line.projectId()), categories.get(line.categoryId()), today);
        receipt.importedBy(origin, line.line().documentNumber(), line.assignment());
        // four eyes as for a receipt entered by hand: above the grant's threshold it waits for a
        // second finance user, and the importing user is the one who may not confirm it
        receipt.enteredBy(caller.name());
        receipts.add(receipt);
      }
      Map<Long, List<ProofSubmission>> submitted = submissions.of(receipts);
      for (Receipt receipt : receipts) {
        budgets.store(receipt);
        submittedPeriods.receiptAddedOrRemoved(
            receipt, LateReceiptChange.Action.CREATED, submitted);
      }
      imports.writeOutAndRelease();
      pending.clear();
    }
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public long awaitingConfirmation(long importId) {
    return imports.countAwaitingConfirmation(importId);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public List<ReceiptImport> latestImports() {
    return imports.latestImports(LATEST_IMPORTS);
  }

  /**
   * Removes the import's receipts in one transaction, a chunk at a time as the import stored them;
   * refused, with nothing removed, while a confirmed proof covers one of their payment days.
   */
  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public ReceiptImport undoImport(long id, long version) {
    ReceiptImport origin = References.current(imports.findImport(id), id, version);
    origin.undo(userName(), clock.instant());
    imports
        .paymentDaysByGrant(id)
        .forEach((grantId, days) -> refuseAfterConfirmedProof(origin, grantId, days));
    SubmittedPeriods.Lookup submissions = submittedPeriods.lookup();
    for (List<Receipt> chunk = imports.receiptsOf(id, CHUNK);
        !chunk.isEmpty();
        chunk = imports.receiptsOf(id, CHUNK)) {
      // only a confirmed submission has gone to the funder; one awaiting confirmation is noted as
      // changed, so that it cannot be confirmed without a correction
      Map<Long, List<ProofSubmission>> submitted = submissions.of(chunk);
      for (Receipt receipt : chunk) {
        submittedPeriods.receiptAddedOrRemoved(
            receipt, LateReceiptChange.Action.DELETED, submitted);
        budgets.remove(receipt);
      }
      imports.writeOutAndRelease();
    }
    return imports.findImport(id).orElseThrow();
  }

  /** Refuses the undo when a confirmed proof of the grant covers one of these payment days. */
  private void refuseAfterConfirmedProof(
      ReceiptImport origin, long grantId, SortedSet<LocalDate> days) {
    List<ProofSubmission> confirmed =
        proofs.findSubmissions(grantId).stream()
            .filter(ProofSubmission::isConfirmed)
            .sorted(Comparator.comparing(ProofSubmission::getSubmittedAt))
            .toList();
    for (LocalDate day : days) {
      confirmed.stream()
          .filter(s -> s.getPeriod().covers(day))
          .findFirst()
          .ifPresent(
              submitted -> {
                throw new BusinessRuleViolation(
                    "import.undo.after.proof",
                    null,
                    origin.getFileName(),
                    day,
                    submitted.getGrant().getReference());
              });
    }
  }

  private String userName() {
    return caller.account().map(UserAccount::getDisplayName).orElse(caller.name());
  }
}
