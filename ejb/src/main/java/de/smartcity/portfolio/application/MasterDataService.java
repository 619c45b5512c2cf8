package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The master data administrators keep: themes, fields of action, organisations, cost categories and
 * people. Nothing in the application assumes how many of each there are.
 */
public interface MasterDataService {

  List<StrategicTheme> themes();

  List<FieldOfAction> fieldsOfAction();

  List<Organisation> organisations();

  List<CostCategory> costCategories();

  List<Person> people();

  StrategicTheme renameTheme(
      @NotBlank String code, long version, @NotBlank @Size(max = 200) String name, int sortOrder);

  FieldOfAction addFieldOfAction(
      @NotBlank String themeCode,
      @NotBlank @Size(max = 20) String code,
      @NotBlank @Size(max = 200) String name,
      int sortOrder);

  FieldOfAction renameFieldOfAction(
      @NotBlank String code, long version, @NotBlank @Size(max = 200) String name, int sortOrder);

  Organisation addOrganisation(
      @NotBlank @Size(max = 40) String shortName,
      @NotBlank @Size(max = 200) String name,
      boolean cityGroup);

  Organisation renameOrganisation(
      @NotBlank String shortName,
      long version,
      @NotBlank @Size(max = 200) String name,
      boolean cityGroup);

  CostCategory renameCostCategory(
      @NotBlank String code, long version, @NotBlank @Size(max = 200) String name, int sortOrder);

  Person updatePerson(
      long id,
      long version,
      @NotBlank @Size(max = 120) String name,
      @NotBlank @Email @Size(max = 200) String email,
      @NotBlank String organisation);

  CostCategory addCostCategory(
      @NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 200) String name, int sortOrder);

  Person addPerson(
      @NotBlank @Size(max = 120) String name,
      @NotBlank @Email @Size(max = 200) String email,
      @NotBlank String organisation);
}
