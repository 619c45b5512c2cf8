package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.MasterDataRegister;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.OrganisationRepository;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.theme.StrategicThemeRepository;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class})
public class DefaultMasterDataService implements MasterDataService {

  @Inject private StrategicThemeRepository themes;
  @Inject private OrganisationRepository organisations;
  @Inject private BudgetRepository budgets;
  @Inject private References references;
  @Inject private ProjectRepository projects;
  @Inject private UserRepository users;

  @Override
  public List<StrategicTheme> themes() {
    return themes.findAll();
  }

  @Override
  public List<FieldOfAction> fieldsOfAction() {
    return themes.findAllFields().stream().filter(field -> !field.isRetired()).toList();
  }

  @Override
  public List<Organisation> organisations() {
    return organisations.findAll().stream().filter(o -> !o.isRetired()).toList();
  }

  @Override
  public List<CostCategory> costCategories() {
    return budgets.findAllCategories().stream().filter(c -> !c.isRetired()).toList();
  }

  @Override
  public List<CostCategory> allCostCategories() {
    return budgets.findAllCategories();
  }

  @Override
  public List<Person> people() {
    return organisations.findAllPeople().stream().filter(p -> !p.isRetired()).toList();
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public MasterDataRegister register() {
    Map<Long, String> usernames = new HashMap<>();
    for (UserAccount user : users.findAll()) {
      user.getPerson().ifPresent(person -> usernames.put(person.getId(), user.getUsername()));
    }
    List<Person> people = organisations.findAllPeople();
    people.forEach(person -> person.getOrganisation().getName());
    List<FieldOfAction> fields = themes.findAllFields();
    fields.forEach(field -> field.getTheme().getName());
    return new MasterDataRegister(
        themes.findAll(),
        fields,
        organisations.findAll(),
        people,
        budgets.findAllCategories(),
        Map.copyOf(usernames));
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public FieldOfAction moveFieldOfAction(String code, long version, String themeCode) {
    FieldOfAction field = field(code);
    field.requireVersion(version);
    StrategicTheme theme = references.theme(themeCode);
    field.moveTo(theme);
    // a project's field lies within its theme, so the projects move with their field
    for (Project project : projects.findByFieldOfAction(code)) {
      project.classify(theme, field);
    }
    return field;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public FieldOfAction retireFieldOfAction(String code, long version, boolean retired) {
    FieldOfAction field = field(code);
    field.requireVersion(version);
    retire(field.isRetired(), retired, field::retire, field::reinstate);
    return field;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public Organisation retireOrganisation(String shortName, long version, boolean retired) {
    Organisation organisation = references.organisation(shortName, "shortName");
    organisation.requireVersion(version);
    retire(organisation.isRetired(), retired, organisation::retire, organisation::reinstate);
    return organisation;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public CostCategory retireCostCategory(String code, long version, boolean retired) {
    CostCategory category = references.category(code);
    category.requireVersion(version);
    retire(category.isRetired(), retired, category::retire, category::reinstate);
    return category;
  }

  @Override
  @RolesAllowed(Role.ADMIN_NAME)
  public Person retirePerson(long id, long version, boolean retired) {
    Person person = References.current(organisations.findPerson(id), id, version);
    retire(person.isRetired(), retired, person::retire, person::reinstate);
    return person;
  }

  /** Only a real change is written, so that the audit trail holds no empty entries. */
  private static void retire(boolean now, boolean wanted, Runnable retire, Runnable reinstate) {
    if (now != wanted) {
      (wanted ? retire : reinstate).run();
    }
  }

  private FieldOfAction field(String code) {
    FieldOfAction field = references.fieldOrNone(code);
    if (field == null) {
      throw new BusinessRuleViolation("field.unknown", "fieldOfAction", code);
    }
    return field;
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
    FieldOfAction field = field(code);
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
