package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.GrantWorkbenchService;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facts of a project as its manager (or an administrator handing it to a new manager) corrects
 * them: title, summary, theme and field, organisations, people and period. The grant stays as it is
 * there; finance and administrators choose it on its own (as on the grant's page).
 */
@Named
@ViewScoped
public class FactsEditor implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ProjectView page;
  @Inject private ProjectService projects;
  @Inject private MasterDataService masterData;
  @Inject private Messages messages;
  @Inject private GrantWorkbenchService workbench;
  @Inject private FundingService funding;

  private Long grantId;
  private boolean grantRead;
  private List<Grant> grants;

  private boolean open;
  private String title;
  private String summary;
  private String themeCode;
  private String fieldCode;
  private String leadOrganisation;
  private List<String> partners = new ArrayList<>();
  private String managerEmail;
  private List<String> deputyEmails = new ArrayList<>();
  private LocalDate startDate;
  private LocalDate endDate;

  private List<StrategicTheme> themes;
  private List<FieldOfAction> fields;
  private List<Organisation> organisations;
  private List<Person> people;

  /** Opens the form with the project's facts as they are now. */
  public void edit() {
    Project project = page.getProject();
    title = project.getTitle();
    summary = project.getSummary();
    themeCode = project.getTheme().getCode();
    fieldCode = project.getFieldOfAction().map(FieldOfAction::getCode).orElse(null);
    leadOrganisation = project.getLeadOrganisation().getShortName();
    partners =
        new ArrayList<>(project.getPartners().stream().map(Organisation::getShortName).toList());
    managerEmail = project.getProjectManager().map(Person::getEmail).orElse(null);
    deputyEmails = new ArrayList<>(project.getDeputies().stream().map(Person::getEmail).toList());
    startDate = project.getStartDate();
    endDate = project.getEndDate();
    themes = masterData.themes();
    // the project's own records stay choosable even when retired, so saving keeps them
    fields = withOwn(masterData.fieldsOfAction(), project.getFieldOfAction().stream().toList());
    List<Organisation> own = new ArrayList<>(project.getPartners());
    own.add(project.getLeadOrganisation());
    organisations = withOwn(masterData.organisations(), own);
    List<Person> ownPeople = new ArrayList<>(project.getDeputies());
    project.getProjectManager().ifPresent(ownPeople::add);
    people = withOwn(masterData.people(), ownPeople);
    open = true;
  }

  private static <T extends AbstractEntity> List<T> withOwn(List<T> choices, List<T> own) {
    List<T> all = new ArrayList<>(choices);
    for (T record : own) {
      if (all.stream().noneMatch(choice -> choice.getId().equals(record.getId()))) {
        all.add(record);
      }
    }
    return all;
  }

  /**
   * The grant the project's grant choice shows: the one that funds it, until finance changes it.
   */
  public Long getGrantId() {
    if (!grantRead) {
      grantId = page.getProject().getGrant().map(Grant::getId).orElse(null);
      grantRead = true;
    }
    return grantId;
  }

  public void setGrantId(Long grantId) {
    this.grantId = grantId;
    grantRead = true;
  }

  /** The grants finance may choose from. */
  public List<Grant> getGrants() {
    if (grants == null) {
      grants = funding.grants();
    }
    return grants;
  }

  /** Makes the chosen grant fund the project, or none. */
  public void saveGrant() {
    Project project = page.getProject();
    Long current = project.getGrant().map(Grant::getId).orElse(null);
    Long chosen = grantId;
    if (java.util.Objects.equals(current, chosen)) {
      return;
    }
    if (page.after(
        messages.attempt(
            () -> {
              if (chosen == null) {
                workbench.removeProject(current, project.getId());
              } else {
                workbench.assignProject(chosen, project.getId());
              }
            }))) {
      messages.info("project.grant.saved");
      page.changed();
    }
  }

  public void cancel() {
    open = false;
  }

  public void save() {
    Project project = page.getProject();
    ProjectFacts facts =
        new ProjectFacts(
            title,
            summary,
            themeCode,
            fieldCode,
            leadOrganisation,
            Set.copyOf(partners),
            managerEmail,
            Set.copyOf(deputyEmails),
            startDate,
            endDate,
            project.getGrant().map(Grant::getReference).orElse(null));
    if (page.after(
        messages.attempt(
            () -> projects.describeProject(project.getId(), project.getVersion(), facts)))) {
      messages.info("project.facts.saved");
      open = false;
      page.changed();
    }
  }

  /**
   * Whether the signed-in user may correct the facts: the project's managers and administrators.
   */
  public boolean isAllowed() {
    return page.isMayManage() || page.isAdministrator();
  }

  /** The fields of action of the chosen theme. */
  public List<FieldOfAction> getFields() {
    return fields == null
        ? List.of()
        : fields.stream().filter(f -> f.getTheme().getCode().equals(themeCode)).toList();
  }

  public boolean isOpen() {
    return open;
  }

  public List<StrategicTheme> getThemes() {
    return themes;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public List<Person> getPeople() {
    return people;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getThemeCode() {
    return themeCode;
  }

  public void setThemeCode(String themeCode) {
    this.themeCode = themeCode;
  }

  public String getFieldCode() {
    return fieldCode;
  }

  public void setFieldCode(String fieldCode) {
    this.fieldCode = fieldCode;
  }

  public String getLeadOrganisation() {
    return leadOrganisation;
  }

  public void setLeadOrganisation(String leadOrganisation) {
    this.leadOrganisation = leadOrganisation;
  }

  public List<String> getPartners() {
    return partners;
  }

  public void setPartners(List<String> partners) {
    this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
  }

  public String getManagerEmail() {
    return managerEmail;
  }

  public void setManagerEmail(String managerEmail) {
    this.managerEmail = managerEmail;
  }

  public List<String> getDeputyEmails() {
    return deputyEmails;
  }

  public void setDeputyEmails(List<String> deputyEmails) {
    this.deputyEmails = deputyEmails == null ? new ArrayList<>() : new ArrayList<>(deputyEmails);
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }
}
