package de.smartcity.portfolio.interfaces.admin.web;

import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.UserAdministrationService;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The administrators' page for users: create, assign roles, disable and enable, reset passwords.
 */
@Named
@ViewScoped
public class UserAdministrationView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private UserAdministrationService administration;
  @Inject private MasterDataService masterData;
  @Inject private Messages messages;

  private List<UserAccount> users;
  private List<Organisation> organisations;
  private List<Person> people;

  private String username;
  private String displayName;
  // The role check boxes' values are mutable lists: Faces fills a submitted choice into a new
  // instance of the list the bean holds, which an immutable List.of() cannot give.
  private List<Role> roles = new ArrayList<>();
  private String organisation;
  private String personEmail;
  private String initialPassword;

  /** Whether the new user's person record is created in the same step, from the name given. */
  private boolean createPerson;

  private String newPersonEmail;
  private String newPassword;
  private UserAccount selected;
  private List<Role> selectedRoles = new ArrayList<>();

  @PostConstruct
  void load() {
    users = administration.users();
    organisations = masterData.organisations();
    people = masterData.people();
  }

  public void create() {
    if (createPerson && (newPersonEmail == null || newPersonEmail.isBlank())) {
      messages.errorAt("personEmail", "admin.users.personEmail.required");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (!messages
        .attempt(
            () -> {
              if (createPerson) {
                administration.createUserAndPerson(
                    username,
                    displayName,
                    Set.copyOf(roles),
                    newPersonEmail,
                    organisation,
                    initialPassword);
              } else {
                administration.createUser(
                    username,
                    displayName,
                    Set.copyOf(roles),
                    personEmail,
                    organisation,
                    initialPassword);
              }
            })
        .saved()) {
      return;
    }
    messages.info("admin.users.created", username);
    username = null;
    displayName = null;
    roles = new ArrayList<>();
    initialPassword = null;
    createPerson = false;
    newPersonEmail = null;
    personEmail = null;
    load();
  }

  /** Picks the user whose roles, state or password the administrator changes next. */
  public void select(UserAccount user) {
    selected = user;
    selectedRoles = new ArrayList<>(user.getRoles());
  }

  public void saveRoles() {
    act(
        () ->
            administration.assignRoles(
                selected.getId(),
                selected.getVersion(),
                selectedRoles.isEmpty()
                    ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(selectedRoles)));
  }

  public void toggleEnabled() {
    act(
        () ->
            selected.isEnabled()
                ? administration.disable(selected.getId(), selected.getVersion())
                : administration.enable(selected.getId(), selected.getVersion()));
  }

  public void resetPassword() {
    act(() -> administration.resetPassword(selected.getId(), selected.getVersion(), newPassword));
    newPassword = null;
  }

  private void act(java.util.function.Supplier<UserAccount> change) {
    messages
        .attemptReturning(change)
        .ifPresent(changed -> messages.info("admin.users.saved", changed.getUsername()));
    load();
    selected = null;
  }

  public UserAccount getSelected() {
    return selected;
  }

  public List<Role> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<Role> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public List<UserAccount> getUsers() {
    return users;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public List<Person> getPeople() {
    return people;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getPersonEmail() {
    return personEmail;
  }

  public void setPersonEmail(String personEmail) {
    this.personEmail = personEmail;
  }

  public String getInitialPassword() {
    return initialPassword;
  }

  public void setInitialPassword(String initialPassword) {
    this.initialPassword = initialPassword;
  }

  public boolean isCreatePerson() {
    return createPerson;
  }

  public void setCreatePerson(boolean createPerson) {
    this.createPerson = createPerson;
  }

  public String getNewPersonEmail() {
    return newPersonEmail;
  }

  public void setNewPersonEmail(String newPersonEmail) {
    this.newPersonEmail = newPersonEmail;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
