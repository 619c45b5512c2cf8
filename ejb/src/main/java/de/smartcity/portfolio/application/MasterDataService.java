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
 * people. Nothing in the application assumes how many of each there are. The lists offer what may
 * be chosen: retired records are left out of them; {@link #register()} holds them all.
 */
public interface MasterDataService {

  List<StrategicTheme> themes();

  /** The fields of action that may be chosen (not retired). */
  List<FieldOfAction> fieldsOfAction();

  /** The organisations that may be chosen (not retired). */
  List<Organisation> organisations();

  /** The cost categories that may be chosen (not retired). */
  List<CostCategory> costCategories();

  /**
   * Every cost category, retired ones included: for naming what was planned or spent in them, never
   * for a choice.
   */
  List<CostCategory> allCostCategories();

  /** The people who may be chosen (not retired). */
  List<Person> people();

  /** Every record, retired ones included, for the administrators' master data pages. */
  MasterDataRegister register();

  /** Moves a field of action to another theme; the projects classified in it follow it. */
  FieldOfAction moveFieldOfAction(@NotBlank String code, long version, @NotBlank String themeCode);

  /** Retires a field of action ({@code true}) or brings it back ({@code false}). */
  FieldOfAction retireFieldOfAction(@NotBlank String code, long version, boolean retired);

  Organisation retireOrganisation(@NotBlank String shortName, long version, boolean retired);

  CostCategory retireCostCategory(@NotBlank String code, long version, boolean retired);

  Person retirePerson(long id, long version, boolean retired);

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
