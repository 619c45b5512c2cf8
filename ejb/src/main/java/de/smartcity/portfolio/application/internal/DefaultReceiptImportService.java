package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.ImportLine;
import de.smartcity.portfolio.application.ImportPreview;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.application.internal.importing.ReceiptColumns;
import de.smartcity.portfolio.domain.model.budget.AccountAssignment;
import de.smartcity.portfolio.domain.model.budget.AssignmentKind;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.ImportRepository;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import de.smartcity.portfolio.domain.model.proofofuse.LateReceiptChange;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class, ServiceMethod.class})
public class DefaultReceiptImportService implements ReceiptImportService {

  private static final int LATEST_IMPORTS = 20;

  @Inject private ImportRepository imports;
  @Inject private BudgetRepository budgets;
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
    return CompletableFuture.completedFuture(check.check(fileName, content, progress).preview());
  }

  @Override
  @Asynchronous
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Future<ReceiptImport> importReceipts(
      String fileName, byte[] content, ImportProgress progress) {
    ImportCheck.Checked checked = check.check(fileName, content, progress);
    if (checked.toAdd().isEmpty()) {
      throw new BusinessRuleViolation("import.nothing.to.add", "file", fileName);
    }
    ReceiptImport origin =
        new ReceiptImport(fileName, checked.preview().sha256(), userName(), clock.instant());
    imports.store(origin);
    progress.start(checked.toAdd().size());
    // No query between the stores: each would first write out all receipts stored before it.
    Map<Long, List<ProofSubmission>> submissions =
        submittedPeriods.submissionsOf(
            checked.toAdd().stream().map(ImportCheck.Pending::receipt).toList());
    for (ImportCheck.Pending pending : checked.toAdd()) {
      Receipt receipt = pending.receipt();
      receipt.importedBy(origin, pending.documentNumber(), pending.assignment());
      // four eyes as for a receipt entered by hand: above the grant's threshold it waits for a
      // second finance user, and the importing user is the one who may not confirm it
      receipt.enteredBy(caller.name());
      budgets.store(receipt);
      submittedPeriods.receiptCreated(receipt, submissions);
      progress.advance();
    }
    ImportPreview preview = checked.preview();
    List<LocalDate> days =
        checked.toAdd().stream().map(p -> p.receipt().getPaymentDate()).sorted().toList();
    origin.counted(
        checked.toAdd().size(),
        (int) preview.count(ImportLine.Outcome.DUPLICATE),
        (int) preview.count(ImportLine.Outcome.ERROR),
        days.get(0),
        days.get(days.size() - 1));
    return CompletableFuture.completedFuture(origin);
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

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public ReceiptImport undoImport(long id, long version) {
    ReceiptImport origin = References.current(imports.findImport(id), id, version);
    origin.undo(userName(), clock.instant());
    List<Receipt> receipts = imports.receiptsOf(id);
    Map<Long, List<ProofSubmission>> submissions = new HashMap<>();
    for (Receipt receipt : receipts) {
      // only a confirmed submission has gone to the funder; one awaiting confirmation is noted as
      // changed below, so that it cannot be confirmed without a correction
      receipt
          .getGrant()
          .flatMap(
              grant ->
                  submissions.computeIfAbsent(grant.getId(), proofs::findSubmissions).stream()
                      .filter(ProofSubmission::isConfirmed)
                      .filter(s -> s.getPeriod().covers(receipt.getPaymentDate()))
                      .min(Comparator.comparing(ProofSubmission::getSubmittedAt)))
          .ifPresent(
              submitted -> {
                throw new BusinessRuleViolation(
                    "import.undo.after.proof",
                    null,
                    origin.getFileName(),
                    receipt.getPaymentDate(),
                    submitted.getGrant().getReference());
              });
    }
    for (Receipt receipt : receipts) {
      submittedPeriods.receiptChanged(
          receipt, LateReceiptChange.Action.DELETED, receipt.getPaymentDate());
      budgets.remove(receipt);
    }
    return origin;
  }

  private String userName() {
    return caller.account().map(UserAccount::getDisplayName).orElse(caller.name());
  }
}
