package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.OrganisationRepository;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.theme.StrategicThemeRepository;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class})
public class DefaultMasterDataService implements MasterDataService {

  @Inject private StrategicThemeRepository themes;
  @Inject private OrganisationRepository organisations;
  @Inject private BudgetRepository budgets;
  @Inject private References references;

  @Override
  public List<StrategicTheme> themes() {
    return themes.findAll();
  }

  @Override
  public List<FieldOfAction> fieldsOfAction() {
    return themes.findAllFields();
  }

  @Override
  public List<Organisation> organisations() {
    return organisations.findAll();
  }

  @Override
  public List<CostCategory> costCategories() {
    return budgets.findAllCategories();
  }

  @Override
  public List<Person> people() {
    return organisations.findAllPeople();
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public StrategicTheme renameTheme(String code, long version, String name, int sortOrder) {
    StrategicTheme theme = references.theme(code);
    theme.requireVersion(version);
    theme.rename(name, sortOrder);
    return theme;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public FieldOfAction addFieldOfAction(String themeCode, String code, String name, int sortOrder) {
    if (themes.findFieldByCode(code).isPresent()) {
      throw new BusinessRuleViolation("code.taken", "code", code);
    }
    FieldOfAction field = new FieldOfAction(references.theme(themeCode), code, name, sortOrder);
    themes.store(field);
    return field;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public FieldOfAction renameFieldOfAction(String code, long version, String name, int sortOrder) {
    FieldOfAction field = references.fieldOrNone(code);
    if (field == null) {
      throw new BusinessRuleViolation("field.unknown", "fieldOfAction", code);
    }
    field.requireVersion(version);
    field.rename(name, sortOrder);
    return field;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public Organisation addOrganisation(String shortName, String name, boolean cityGroup) {
    if (organisations.findByShortName(shortName).isPresent()) {
      throw new BusinessRuleViolation("code.taken", "shortName", shortName);
    }
    Organisation organisation = new Organisation(shortName, name, cityGroup);
    organisations.store(organisation);
    return organisation;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public Organisation renameOrganisation(
      String shortName, long version, String name, boolean cityGroup) {
    Organisation organisation = references.organisation(shortName, "shortName");
    organisation.requireVersion(version);
    organisation.rename(name, cityGroup);
    return organisation;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public CostCategory renameCostCategory(String code, long version, String name, int sortOrder) {
    CostCategory category = references.category(code);
    category.requireVersion(version);
    category.rename(name, sortOrder);
    return category;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public Person updatePerson(
      long id, long version, String name, String email, String organisation) {
    Person person = References.current(organisations.findPerson(id), id, version);
    organisations
        .findPersonByEmail(email)
        .filter(other -> !other.getId().equals(person.getId()))
        .ifPresent(
            other -> {
              throw new BusinessRuleViolation("person.email.taken", "email", email);
            });
    person.update(name, email, references.organisation(organisation, "organisation"));
    return person;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public CostCategory addCostCategory(String code, String name, int sortOrder) {
    if (budgets.findCategoryByCode(code).isPresent()) {
      throw new BusinessRuleViolation("code.taken", "code", code);
    }
    CostCategory category = new CostCategory(code, name, sortOrder);
    budgets.store(category);
    return category;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public Person addPerson(String name, String email, String organisation) {
    if (organisations.findPersonByEmail(email).isPresent()) {
      throw new BusinessRuleViolation("person.email.taken", "email", email);
    }
    Person person = new Person(name, email, references.organisation(organisation, "organisation"));
    organisations.store(person);
    return person;
  }
}
