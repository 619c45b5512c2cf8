package de.smartcity.portfolio.interfaces.admin.web;

import de.smartcity.portfolio.application.MasterDataRegister;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.UserAdministrationService;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The administrators' master data pages ({@code admin/themes.xhtml} and its sibling tabs): one form
 * per kind that either changes the record chosen in the table or adds a new one. Records that are
 * in use are retired, never deleted; a retired record can be brought back.
 */
@Named
@ViewScoped
public class MasterDataView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private MasterDataService masterData;
  @Inject private UserAdministrationService administration;
  @Inject private Messages messages;

  private MasterDataRegister register;
  private List<UserAccount> users;

  /** The record being changed: a code, short name or person id; none while adding. */
  private String selected;

  private long version;
  private String code;
  private String shortName;
  private String name;
  private Integer sortOrder;
  private String themeCode;
  private String originalThemeCode;
  private boolean cityGroup = true;
  private String email;
  private String organisation;
  private String username;
  private String originalUsername;

  @PostConstruct
  void load() {
    register = masterData.register();
    users = administration.users();
  }

  /** Empties the form for a new record. */
  public void startNew() {
    selected = null;
    version = 0;
    code = null;
    shortName = null;
    name = null;
    sortOrder = null;
    themeCode = null;
    originalThemeCode = null;
    cityGroup = true;
    email = null;
    organisation = null;
    username = null;
    originalUsername = null;
  }

  public void editTheme(StrategicTheme theme) {
    startNew();
    selected = theme.getCode();
    version = theme.getVersion();
    code = theme.getCode();
    name = theme.getName();
    sortOrder = theme.getSortOrder();
  }

  public void saveTheme() {
    if (selected != null) {
      saved(() -> masterData.renameTheme(selected, version, name, order()), name);
    }
  }

  public void editField(FieldOfAction field) {
    startNew();
    selected = field.getCode();
    version = field.getVersion();
    code = field.getCode();
    name = field.getName();
    sortOrder = field.getSortOrder();
    themeCode = field.getTheme().getCode();
    originalThemeCode = themeCode;
  }

  /** Adds a field, or renames it and, when another theme is chosen, moves it there. */
  public void saveField() {
    if (selected == null) {
      saved(() -> masterData.addFieldOfAction(themeCode, code, name, order()), name);
      return;
    }
    boolean saved =
        messages
            .attemptReturning(
                () -> {
                  FieldOfAction field =
                      masterData.renameFieldOfAction(selected, version, name, order());
                  return Objects.equals(themeCode, originalThemeCode)
                      ? field
                      : masterData.moveFieldOfAction(selected, field.getVersion(), themeCode);
                })
            .isPresent();
    after(saved, name);
  }

  public void retireField(FieldOfAction field) {
    toggled(
        () ->
            masterData.retireFieldOfAction(field.getCode(), field.getVersion(), !field.isRetired()),
        field.getName(),
        !field.isRetired());
  }

  public void editOrganisation(Organisation chosen) {
    startNew();
    selected = chosen.getShortName();
    version = chosen.getVersion();
    shortName = chosen.getShortName();
    name = chosen.getName();
    cityGroup = chosen.isCityGroup();
  }

  public void saveOrganisation() {
    if (selected == null) {
      saved(() -> masterData.addOrganisation(shortName, name, cityGroup), name);
    } else {
      saved(() -> masterData.renameOrganisation(selected, version, name, cityGroup), name);
    }
  }

  public void retireOrganisation(Organisation chosen) {
    toggled(
        () ->
            masterData.retireOrganisation(
                chosen.getShortName(), chosen.getVersion(), !chosen.isRetired()),
        chosen.getName(),
        !chosen.isRetired());
  }

  public void editPerson(Person person) {
    startNew();
    selected = String.valueOf(person.getId());
    version = person.getVersion();
    name = person.getName();
    email = person.getEmail();
    organisation = person.getOrganisation().getShortName();
    username = register.usernamesByPerson().get(person.getId());
    originalUsername = username;
  }

  /**
   * Adds a person or changes one; a changed user account is unlinked from the person's old account
   * and linked to the chosen one.
   */
  public void savePerson() {
    boolean saved =
        messages
            .attemptReturning(
                () -> {
                  Person person =
                      selected == null
                          ? masterData.addPerson(name, email, organisation)
                          : masterData.updatePerson(
                              Long.parseLong(selected), version, name, email, organisation);
                  if (!Objects.equals(blankToNull(username), originalUsername)) {
                    account(originalUsername)
                        .ifPresent(
                            old -> administration.linkPerson(old.getId(), old.getVersion(), null));
                    account(blankToNull(username))
                        .ifPresent(
                            user ->
                                administration.linkPerson(
                                    user.getId(), user.getVersion(), person.getEmail()));
                  }
                  return person;
                })
            .isPresent();
    after(saved, name);
  }

  public void retirePerson(Person person) {
    toggled(
        () -> masterData.retirePerson(person.getId(), person.getVersion(), !person.isRetired()),
        person.getName(),
        !person.isRetired());
  }

  public void editCategory(CostCategory category) {
    startNew();
    selected = category.getCode();
    version = category.getVersion();
    code = category.getCode();
    name = category.getName();
    sortOrder = category.getSortOrder();
  }

  public void saveCategory() {
    if (selected == null) {
      saved(() -> masterData.addCostCategory(code, name, order()), name);
    } else {
      saved(() -> masterData.renameCostCategory(selected, version, name, order()), name);
    }
  }

  public void retireCategory(CostCategory category) {
    toggled(
        () ->
            masterData.retireCostCategory(
                category.getCode(), category.getVersion(), !category.isRetired()),
        category.getName(),
        !category.isRetired());
  }

  private void saved(Runnable change, String what) {
    after(messages.attempt(change).saved(), what);
  }

  private void after(boolean saved, String what) {
    if (saved) {
      messages.info("masterdata.saved", what);
      load();
      startNew();
    }
  }

  private void toggled(Runnable change, String what, boolean retiring) {
    if (messages.attempt(change).saved()) {
      messages.info(retiring ? "masterdata.done.retired" : "masterdata.done.reinstated", what);
    }
    load();
  }

  /** The place in lists; a new record without one goes to the end. */
  private int order() {
    return sortOrder == null ? 999 : sortOrder;
  }

  private Optional<UserAccount> account(String name) {
    return name == null
        ? Optional.empty()
        : users.stream().filter(user -> user.getUsername().equals(name)).findFirst();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public MasterDataRegister getRegister() {
    return register;
  }

  /** The user accounts a person can be linked to: those not linked to anyone else. */
  public List<UserAccount> getLinkableUsers() {
    return users.stream()
        .filter(user -> user.getPerson().isEmpty() || user.getUsername().equals(originalUsername))
        .toList();
  }

  /**
   * The organisations a person may be given: those not retired, and the one the person being
   * changed works for now.
   */
  public List<Organisation> getOrganisationChoices() {
    return register.organisations().stream()
        .filter(o -> !o.isRetired() || o.getShortName().equals(organisation))
        .toList();
  }

  /** The username linked to the person, or none. */
  public String usernameOf(Person person) {
    return register.usernamesByPerson().get(person.getId());
  }

  public boolean isEditing() {
    return selected != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public String getThemeCode() {
    return themeCode;
  }

  public void setThemeCode(String themeCode) {
    this.themeCode = themeCode;
  }

  public boolean isCityGroup() {
    return cityGroup;
  }

  public void setCityGroup(boolean cityGroup) {
    this.cityGroup = cityGroup;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
