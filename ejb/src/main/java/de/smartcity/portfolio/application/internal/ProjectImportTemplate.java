package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.internal.importing.ProjectColumns;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.organisation.OrganisationRepository;
import de.smartcity.portfolio.domain.model.theme.StrategicThemeRepository;
import de.smartcity.portfolio.domain.shared.CodedMasterData;
import de.smartcity.portfolio.domain.shared.RetirableEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The project list's template: the sheets "Projekte" and "Kostenplan" with the header names the
 * import recognises, and a sheet "Werte" with the codes of the master data in use and the status
 * and traffic-light names, so that a user fills in what exists.
 */
@ApplicationScoped
class ProjectImportTemplate {

  @Inject private StrategicThemeRepository themes;
  @Inject private OrganisationRepository organisations;
  @Inject private BudgetRepository budgets;

  Download workbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      row(
          workbook.createSheet(ProjectColumns.PROJECT_SHEET),
          0,
          ProjectColumns.header(ProjectColumns.Project.class));
      row(
          workbook.createSheet(ProjectColumns.COST_SHEET),
          0,
          ProjectColumns.header(ProjectColumns.Cost.class));
      Sheet values = workbook.createSheet("Werte");
      int r = 0;
      row(values, r++, List.of("Leitthema", "Code", "Name"));
      for (var theme : current(themes.findAll())) {
        row(values, r++, List.of("", theme.getCode(), theme.getName()));
      }
      row(values, r++, List.of("Handlungsfeld", "Code", "Name"));
      for (var field : current(themes.findAllFields())) {
        row(values, r++, List.of("", field.getCode(), field.getName()));
      }
      row(values, r++, List.of("Organisation", "Kurzname", "Name"));
      for (var organisation : organisations.findAll()) {
        if (!organisation.isRetired()) {
          row(values, r++, List.of("", organisation.getShortName(), organisation.getName()));
        }
      }
      row(values, r++, List.of("Kostenkategorie", "Code", "Name"));
      for (var category : current(budgets.findAllCategories())) {
        row(values, r++, List.of("", category.getCode(), category.getName()));
      }
      row(
          values,
          r++,
          List.of("Status", "Idee, Geplant, In Umsetzung, Umgesetzt, Pausiert, Abgebrochen"));
      row(values, r++, List.of("Ampel", "Grün, Gelb, Rot (Gelb und Rot mit Ampelbegründung)"));
      row(values, r, List.of("Personen", "E-Mail-Adresse oder Name"));
      workbook.write(out);
      return new Download(
          "Projektimport_Vorlage.xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T extends CodedMasterData> List<T> current(List<T> records) {
    return records.stream().filter(r -> !((RetirableEntity) r).isRetired()).toList();
  }

  private static void row(Sheet sheet, int index, List<String> cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.size(); i++) {
      row.createCell(i).setCellValue(cells.get(i));
    }
  }
}
