package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.GrantDescription;
import de.smartcity.portfolio.application.GrantTerms;
import de.smartcity.portfolio.application.GrantWorkbenchService;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.NoticeInput;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.funding.FinancingPlan;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.GrantNotice;
import de.smartcity.portfolio.domain.model.funding.IncomeKind;
import de.smartcity.portfolio.domain.model.funding.PlanAgainstProjects;
import de.smartcity.portfolio.domain.model.project.ProjectListing;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One grant's page ({@code finance/grant.xhtml?id=N}): its terms, its notices with their financing
 * plans, and its projects against the plan in force. Without an id the page registers a grant from
 * its notice. Finance and administrators edit; council members read.
 */
@Named
@ViewScoped
public class GrantView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * A category's line of a plan as the form edits it.
   *
   * @param code the category's code
   * @param name its name
   */
  public static final class PlanRow implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private BigDecimal total;
    private BigDecimal eligible;

    PlanRow(String code, String name, BigDecimal total, BigDecimal eligible) {
      this.code = code;
      this.name = name;
      this.total = total;
      this.eligible = eligible;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public BigDecimal getTotal() {
      return total;
    }

    public void setTotal(BigDecimal total) {
      this.total = total;
    }

    public BigDecimal getEligible() {
      return eligible;
    }

    public void setEligible(BigDecimal eligible) {
      this.eligible = eligible;
    }
  }

  /**
   * A notice with its plan, as the history shows it.
   *
   * @param notice the notice
   * @param expenditure per category's name: total and eligible part
   * @param plan the plan it approved
   */
  public record NoticeEntry(
      GrantNotice notice, Map<String, FinancingPlan.Expenditure> expenditure, FinancingPlan plan)
      implements Serializable {}

  @Inject private GrantWorkbenchService workbench;
  @Inject private ProjectService projectService;
  @Inject private MasterDataService masterData;
  @Inject private Messages messages;
  @Inject private Clock clock;

  private Long id;
  private Grant grant;
  private List<CostCategory> categories;
  private List<NoticeEntry> notices = List.of();
  private List<ProjectListing> projects = List.of();
  private List<PlanAgainstProjects> comparison = List.of();
  private List<ProjectSummary> allProjects = List.of();
  private boolean editingTerms;
  private boolean enteringNotice;

  private String programme;
  private String programmeNumber;
  private GrantComponent component;
  private String reference;
  private LocalDate commitmentDate;
  private BigDecimal approvedEligibleCosts;
  private BigDecimal fundingRate;
  private LocalDate fundingStart;
  private LocalDate fundingEnd;
  private LocalDate extendedUntil;
  private LocalDate proofOfUseDue;
  private Integer callWindowDays;
  private String measureTitle;
  private String recipient;
  private LocalDate earlyStart;

  private LocalDate noticeDate;
  private String noticeReference;
  private BigDecimal noticeAmount;
  private String noticeDescription;
  private List<PlanRow> planRows = new ArrayList<>();
  private final Map<IncomeKind, BigDecimal> income = new EnumMap<>(IncomeKind.class);

  private Long projectToAssign;

  @PostConstruct
  void init() {
    categories = masterData.costCategories();
    String requested =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .getOrDefault("id", "");
    if (requested.matches("\\d{1,18}")) {
      id = Long.parseLong(requested);
    } else {
      programme = "Modellprojekte Smart Cities";
      programmeNumber = "436";
      component = GrantComponent.B;
      fundingRate = Grant.DEFAULT_FUNDING_RATE;
      callWindowDays = Grant.DEFAULT_CALL_WINDOW_DAYS;
      fillPlan(FinancingPlan.NONE);
    }
  }

  /** Reads the grant the address names; an unknown id ends on the not-found page. */
  public void open() throws IOException {
    if (id == null || grant != null) {
      return;
    }
    if (workbench.grant(id).isPresent()) {
      load();
    } else {
      ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
      context.responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private void load() {
    grant = workbench.grant(id).orElseThrow();
    Map<String, String> names = new LinkedHashMap<>();
    categories.forEach(c -> names.put(c.getCode(), c.getName()));
    notices =
        grant.getNotices().stream()
            .map(
                notice -> {
                  FinancingPlan plan = grant.planOf(notice);
                  Map<String, FinancingPlan.Expenditure> byName = new LinkedHashMap<>();
                  plan.expenditure()
                      .forEach((code, line) -> byName.put(names.getOrDefault(code, code), line));
                  return new NoticeEntry(notice, byName, plan);
                })
            .toList();
    projects = workbench.projects(id);
    comparison = workbench.planAgainstProjects(id);
    allProjects = projectService.listProjects();
  }

  /**
   * The address of another finance page of this grant (receipts journal, calls for funds), linked
   * by path so that the grant page renders whether or not that page is deployed.
   */
  public String address(String page) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/finance/"
        + page
        + ".xhtml";
  }

  /** Whether the page registers a new grant rather than showing one. */
  public boolean isRegistering() {
    return id == null;
  }

  /** Whether the signed-in user may change grants: finance and administrators. */
  public boolean isMayEdit() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole("FINANCE") || context.isUserInRole("ADMIN");
  }

  /** The approved grant the rate gives from the eligible costs, as the form shows it. */
  public BigDecimal getApprovedGrant() {
    if (approvedEligibleCosts == null || fundingRate == null) {
      return null;
    }
    return Money.of(approvedEligibleCosts).percent(fundingRate).amount();
  }

  /** Registers the grant and opens its page, or stays with messages and nothing stored. */
  public String register() {
    return messages
        .attemptReturning(() -> workbench.register(terms(), description(), notice(commitmentDate)))
        .map(saved -> "/finance/grant?faces-redirect=true&id=" + saved.getId())
        .orElse(null);
  }

  public void editTerms() {
    programme = grant.getProgramme();
    programmeNumber = grant.getProgrammeNumber();
    component = grant.getComponent();
    reference = grant.getReference();
    commitmentDate = grant.getCommitmentDate();
    approvedEligibleCosts = grant.getApprovedEligibleCosts().amount();
    fundingRate = grant.getFundingRate();
    fundingStart = grant.getFundingStart();
    fundingEnd = grant.getFundingEnd();
    extendedUntil = grant.getExtendedUntil();
    proofOfUseDue = grant.isProofOfUseDeadlineOverridden() ? grant.proofOfUseDeadline() : null;
    callWindowDays = grant.getCallWindowDays();
    measureTitle = grant.getMeasureTitle();
    recipient = grant.getRecipient();
    earlyStart = grant.getEarlyStart();
    editingTerms = true;
  }

  public void saveTerms() {
    if (messages
        .attempt(() -> workbench.changeTerms(id, grant.getVersion(), terms(), description()))
        .saved()) {
      messages.info("grant.saved");
      editingTerms = false;
      load();
    }
  }

  public void cancel() {
    editingTerms = false;
    enteringNotice = false;
  }

  /** Opens the change notice's form, its plan filled in from the plan in force today. */
  public void startNotice() {
    noticeDate = LocalDate.now(clock);
    noticeReference = null;
    noticeDescription = null;
    noticeAmount = grant.getApprovedGrant().amount();
    fillPlan(grant.financingPlanOn(LocalDate.now(clock)).orElse(FinancingPlan.NONE));
    enteringNotice = true;
  }

  public void saveNotice() {
    if (messages
        .attempt(() -> workbench.enterChangeNotice(id, grant.getVersion(), notice(noticeDate)))
        .saved()) {
      messages.info("grant.notice.saved");
      enteringNotice = false;
      load();
    }
  }

  public void assign() {
    if (projectToAssign == null) {
      messages.errorAt("projectToAssign", "grant.projects.choose");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (messages.attempt(() -> workbench.assignProject(id, projectToAssign)).saved()) {
      messages.info("grant.projects.assigned");
      projectToAssign = null;
      load();
    }
  }

  public void remove(long projectId) {
    if (messages.attempt(() -> workbench.removeProject(id, projectId)).saved()) {
      messages.info("grant.projects.removed");
      load();
    }
  }

  private void fillPlan(FinancingPlan plan) {
    planRows = new ArrayList<>();
    for (CostCategory category : categories) {
      FinancingPlan.Expenditure line = plan.expenditure(category.getCode());
      planRows.add(
          new PlanRow(
              category.getCode(),
              category.getName(),
              line.total().amount(),
              line.eligible().amount()));
    }
    for (IncomeKind kind : IncomeKind.values()) {
      income.put(kind, plan.income(kind).amount());
    }
  }

  private GrantTerms terms() {
    return new GrantTerms(
        programme,
        programmeNumber,
        component,
        reference,
        commitmentDate,
        approvedEligibleCosts,
        fundingRate,
        getApprovedGrant(),
        fundingStart,
        fundingEnd,
        extendedUntil,
        proofOfUseDue,
        callWindowDays == null ? 0 : callWindowDays);
  }

  private GrantDescription description() {
    return new GrantDescription(measureTitle, recipient, earlyStart);
  }

  private NoticeInput notice(LocalDate date) {
    Map<String, NoticeInput.PlannedCategory> expenditure = new LinkedHashMap<>();
    planRows.forEach(
        row ->
            expenditure.put(
                row.getCode(), new NoticeInput.PlannedCategory(row.getTotal(), row.getEligible())));
    return new NoticeInput(
        date,
        noticeReference,
        noticeAmount == null ? getApprovedGrant() : noticeAmount,
        noticeDescription,
        expenditure,
        new EnumMap<>(income));
  }

  public Grant getGrant() {
    return grant;
  }

  public List<NoticeEntry> getNotices() {
    return notices;
  }

  public List<ProjectListing> getProjects() {
    return projects;
  }

  public List<PlanAgainstProjects> getComparison() {
    return comparison;
  }

  /** The projects another grant or none funds, to choose one to assign. */
  public List<ProjectSummary> getAssignable() {
    return allProjects.stream()
        .filter(p -> projects.stream().noneMatch(assigned -> assigned.id().equals(p.id())))
        .toList();
  }

  public GrantComponent[] getComponents() {
    return GrantComponent.values();
  }

  public BigDecimal getOwnShare() {
    return income.get(IncomeKind.OWN_SHARE);
  }

  public void setOwnShare(BigDecimal amount) {
    income.put(IncomeKind.OWN_SHARE, amount);
  }

  public BigDecimal getThirdParty() {
    return income.get(IncomeKind.THIRD_PARTY);
  }

  public void setThirdParty(BigDecimal amount) {
    income.put(IncomeKind.THIRD_PARTY, amount);
  }

  public BigDecimal getOtherPublic() {
    return income.get(IncomeKind.OTHER_PUBLIC);
  }

  public void setOtherPublic(BigDecimal amount) {
    income.put(IncomeKind.OTHER_PUBLIC, amount);
  }

  public BigDecimal getThisGrant() {
    return income.get(IncomeKind.THIS_GRANT);
  }

  public void setThisGrant(BigDecimal amount) {
    income.put(IncomeKind.THIS_GRANT, amount);
  }

  public List<PlanRow> getPlanRows() {
    return planRows;
  }

  public boolean isEditingTerms() {
    return editingTerms;
  }

  public boolean isEnteringNotice() {
    return enteringNotice;
  }

  public Long getId() {
    return id;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public String getProgrammeNumber() {
    return programmeNumber;
  }

  public void setProgrammeNumber(String programmeNumber) {
    this.programmeNumber = programmeNumber;
  }

  public GrantComponent getComponent() {
    return component;
  }

  public void setComponent(GrantComponent component) {
    this.component = component;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public LocalDate getCommitmentDate() {
    return commitmentDate;
  }

  public void setCommitmentDate(LocalDate commitmentDate) {
    this.commitmentDate = commitmentDate;
  }

  public BigDecimal getApprovedEligibleCosts() {
    return approvedEligibleCosts;
  }

  public void setApprovedEligibleCosts(BigDecimal approvedEligibleCosts) {
    this.approvedEligibleCosts = approvedEligibleCosts;
  }

  public BigDecimal getFundingRate() {
    return fundingRate;
  }

  public void setFundingRate(BigDecimal fundingRate) {
    this.fundingRate = fundingRate;
  }

  public LocalDate getFundingStart() {
    return fundingStart;
  }

  public void setFundingStart(LocalDate fundingStart) {
    this.fundingStart = fundingStart;
  }

  public LocalDate getFundingEnd() {
    return fundingEnd;
  }

  public void setFundingEnd(LocalDate fundingEnd) {
    this.fundingEnd = fundingEnd;
  }

  public LocalDate getExtendedUntil() {
    return extendedUntil;
  }

  public void setExtendedUntil(LocalDate extendedUntil) {
    this.extendedUntil = extendedUntil;
  }

  public LocalDate getProofOfUseDue() {
    return proofOfUseDue;
  }

  public void setProofOfUseDue(LocalDate proofOfUseDue) {
    this.proofOfUseDue = proofOfUseDue;
  }

  public Integer getCallWindowDays() {
    return callWindowDays;
  }

  public void setCallWindowDays(Integer callWindowDays) {
    this.callWindowDays = callWindowDays;
  }

  public String getMeasureTitle() {
    return measureTitle;
  }

  public void setMeasureTitle(String measureTitle) {
    this.measureTitle = measureTitle;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public LocalDate getEarlyStart() {
    return earlyStart;
  }

  public void setEarlyStart(LocalDate earlyStart) {
    this.earlyStart = earlyStart;
  }

  public LocalDate getNoticeDate() {
    return noticeDate;
  }

  public void setNoticeDate(LocalDate noticeDate) {
    this.noticeDate = noticeDate;
  }

  public String getNoticeReference() {
    return noticeReference;
  }

  public void setNoticeReference(String noticeReference) {
    this.noticeReference = noticeReference;
  }

  public BigDecimal getNoticeAmount() {
    return noticeAmount;
  }

  public void setNoticeAmount(BigDecimal noticeAmount) {
    this.noticeAmount = noticeAmount;
  }

  public String getNoticeDescription() {
    return noticeDescription;
  }

  public void setNoticeDescription(String noticeDescription) {
    this.noticeDescription = noticeDescription;
  }

  public Long getProjectToAssign() {
    return projectToAssign;
  }

  public void setProjectToAssign(Long projectToAssign) {
    this.projectToAssign = projectToAssign;
  }
}
