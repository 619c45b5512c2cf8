package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.AccountService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Registers a project (project managers and administrators): the code is proposed from the chosen
 * theme and may be changed; a project manager is the new project's manager. The project starts in
 * the first status of the life cycle and opens on its own page.
 */
@Named
@ViewScoped
public class ProjectRegistrationView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** A first key figure: what is measured and the target, a number read in the user's language. */
  public static class KpiLine implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private String measure;
    private java.math.BigDecimal target;

    public String getMeasure() {
      return measure;
    }

    public void setMeasure(String measure) {
      this.measure = measure;
    }

    public java.math.BigDecimal getTarget() {
      return target;
    }

    public void setTarget(java.math.BigDecimal target) {
      this.target = target;
    }

    boolean isBlank() {
      return (measure == null || measure.isBlank()) && target == null;
    }
  }

  @Inject private ProjectService projects;
  @Inject private MasterDataService masterData;
  @Inject private FundingService funding;
  @Inject private AccountService accounts;
  @Inject private Messages messages;

  private List<StrategicTheme> themes;
  private List<FieldOfAction> fields;
  private List<Organisation> organisations;
  private List<Person> people;
  private List<Grant> grants;

  /** The signed-in project manager, who manages what they register; none for administrators. */
  private Person self;

  private String code;
  private String proposedCode;
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
  private String grantReference;
  private List<KpiLine> kpis = new ArrayList<>(List.of(new KpiLine()));

  @PostConstruct
  void load() {
    themes = masterData.themes();
    fields = masterData.fieldsOfAction();
    organisations = masterData.organisations();
    people = masterData.people();
    grants = funding.grants();
    if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN")) {
      self = accounts.currentAccount().flatMap(UserAccount::getPerson).orElse(null);
      managerEmail = self == null ? null : self.getEmail();
    }
  }

  /**
   * A new theme proposes its next code, unless the user typed a code of their own; a field of
   * action of another theme is dropped.
   */
  public void themeChosen() {
    String proposal =
        themeCode == null || themeCode.isBlank() ? null : projects.proposeCode(themeCode);
    if (code == null || code.isBlank() || Objects.equals(code, proposedCode)) {
      code = proposal;
    }
    proposedCode = proposal;
    if (getFields().stream().noneMatch(field -> field.getCode().equals(fieldCode))) {
      fieldCode = null;
    }
  }

  public void addKpi() {
    kpis.add(new KpiLine());
  }

  public void removeKpi(KpiLine line) {
    kpis.remove(line);
  }

  /** Registers the project and opens its page; a refusal stays on the form with its messages. */
  public String register() {
    List<Kpi> first =
        kpis.stream()
            .filter(line -> !line.isBlank())
            .map(line -> Kpi.of(line.getMeasure(), line.getTarget()))
            .toList();
    ProjectFacts facts =
        new ProjectFacts(
            title,
            summary,
            themeCode,
            fieldCode,
            leadOrganisation,
            Set.copyOf(partners),
            self == null ? managerEmail : self.getEmail(),
            Set.copyOf(deputyEmails),
            startDate,
            endDate,
            grantReference == null || grantReference.isBlank() ? null : grantReference);
    Optional<Project> registered =
        messages.attemptReturning(
            () -> projects.register(new NewProject(code, ProjectStatus.values()[0], facts), first));
    if (registered.isEmpty()) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    messages.info("register.saved", registered.get().getCode());
    return "/project?faces-redirect=true&code=" + registered.get().getCode();
  }

  /** Whether the manager is fixed: a project manager registers projects they manage. */
  public boolean isManagerFixed() {
    return !FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
  }

  public Person getSelf() {
    return self;
  }

  /** The fields of action of the chosen theme. */
  public List<FieldOfAction> getFields() {
    return fields.stream().filter(field -> field.getTheme().getCode().equals(themeCode)).toList();
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

  public List<Grant> getGrants() {
    return grants;
  }

  public List<KpiLine> getKpis() {
    return kpis;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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

  public String getGrantReference() {
    return grantReference;
  }

  public void setGrantReference(String grantReference) {
    this.grantReference = grantReference;
  }
}
