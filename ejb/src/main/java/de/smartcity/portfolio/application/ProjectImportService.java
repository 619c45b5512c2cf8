package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.project.ProjectImport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The import of the programme office's project list (administrators): a template, a preview that
 * stores nothing, and an import that registers all projects to add, with their cost plans, in one
 * transaction or none. It reads files as the receipt import does (same limits, POI's streaming
 * reader), but takes {@code .xlsx} workbooks only, as a project list has two sheets.
 */
public interface ProjectImportService {

  /** The template: a workbook with the sheets "Projekte" and "Kostenplan" and the valid values. */
  Download template();

  /**
   * Reads a workbook and says what importing it would do, storing nothing. Runs in the background.
   *
   * @throws de.smartcity.portfolio.domain.shared.BusinessRuleViolation (through the future) when
   *     the file is no workbook this import reads, or lacks a sheet or a required column
   */
  Future<ProjectImportPreview> preview(
      @NotBlank String fileName, @NotNull byte[] content, @NotNull ImportProgress progress);

  /**
   * Registers the workbook's projects to add with their cost plans (approved, as finance plans),
   * all in one transaction or none, after the same checks as the preview made again; refused rows
   * are left out. Runs in the background.
   */
  Future<ProjectImport> importProjects(
      @NotBlank String fileName, @NotNull byte[] content, @NotNull ImportProgress progress);

  /** The latest imports of project lists, newest first. */
  List<ProjectImport> latestImports();
}
