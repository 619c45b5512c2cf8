package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.budget.AccountAssignment;
import de.smartcity.portfolio.domain.model.budget.AssignmentKind;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The account assignments that tie the city's bookkeeping to projects, and the import of the
 * bookkeeping's receipts: a preview that stores nothing, an import that stores all its lines or
 * none, and its undo.
 */
public interface ReceiptImportService {

  /** A project's cost centres, internal orders and WBS elements, by code. */
  List<AccountAssignment> assignments(long projectId);

  /**
   * Adds an account assignment to a project; refused when another project (or this one) has the
   * code already.
   */
  AccountAssignment addAssignment(
      long projectId,
      @NotNull AssignmentKind kind,
      @NotBlank @Size(max = 40) String code,
      @NotBlank String categoryCode);

  void removeAssignment(long id, long version);

  /** The template of a receipt export, as a workbook with the recognised header names. */
  Download template();

  /**
   * Reads a file and says what importing it would do, storing nothing. Runs in the background;
   * {@code progress} tells how far it has come.
   *
   * @throws de.smartcity.portfolio.domain.shared.BusinessRuleViolation (through the future) when
   *     the file is no table this import reads, or lacks a required column
   */
  Future<ImportPreview> preview(
      @NotBlank String fileName, @NotNull byte[] content, @NotNull ImportProgress progress);

  /**
   * Imports the file's lines to add, all in one transaction or none, with the same checks as the
   * preview made again; lines already present and refused lines are left out. Runs in the
   * background.
   */
  Future<ReceiptImport> importReceipts(
      @NotBlank String fileName, @NotNull byte[] content, @NotNull ImportProgress progress);

  /**
   * How many receipts of an import wait for a second finance user's confirmation: those above their
   * grant's threshold, as for receipts entered by hand; the importing user cannot confirm them.
   */
  long awaitingConfirmation(long importId);

  /** The latest imports, newest first. */
  List<ReceiptImport> latestImports();

  /**
   * Removes every receipt an import added and marks it undone; refused once a proof of use has been
   * submitted and confirmed over a period that one of its receipts falls in. A submission still
   * awaiting confirmation does not refuse it: it is noted as changed, and must be corrected before
   * it can be confirmed.
   */
  ReceiptImport undoImport(long id, long version);
}
