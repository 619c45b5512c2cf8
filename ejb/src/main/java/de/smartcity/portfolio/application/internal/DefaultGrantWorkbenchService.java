package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.GrantDescription;
import de.smartcity.portfolio.application.GrantTerms;
import de.smartcity.portfolio.application.GrantWorkbenchService;
import de.smartcity.portfolio.application.NoticeInput;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.funding.FinancingPlan;
import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantNotice;
import de.smartcity.portfolio.domain.model.funding.IncomeKind;
import de.smartcity.portfolio.domain.model.funding.PlanAgainstProjects;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectListing;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class})
public class DefaultGrantWorkbenchService implements GrantWorkbenchService {

  /** More projects than any grant funds: the grant page lists them all. */
  private static final int ALL_PROJECTS = 5000;

  @Inject private FundingRepository funding;
  @Inject private ProjectFunding projectFunding;
  @Inject private ProjectRepository projects;
  @Inject private BudgetRepository budgets;
  @Inject private References references;
  @Inject private Clock clock;

  @Override
  public Optional<Grant> grant(long grantId) {
    return funding.findGrant(grantId).map(DefaultGrantWorkbenchService::loaded);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Grant register(GrantTerms terms, GrantDescription description, NoticeInput firstNotice) {
    if (funding.findGrantByReference(terms.reference()).isPresent()) {
      throw new BusinessRuleViolation("grant.reference.taken", "reference", terms.reference());
    }
    GrantTerms approved = withGrantByRate(terms);
    Grant grant =
        new Grant(
            terms.programme(),
            terms.programmeNumber(),
            terms.component(),
            terms.reference(),
            terms.commitmentDate());
    DefaultFundingService.apply(grant, approved);
    describe(grant, description);
    enter(
        grant,
        new NoticeInput(
            terms.commitmentDate(),
            firstNotice.reference(),
            approved.approvedGrant(),
            firstNotice.description(),
            firstNotice.expenditure(),
            firstNotice.income()));
    funding.store(grant);
    return grant;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Grant changeTerms(
      long grantId, long version, GrantTerms terms, GrantDescription description) {
    Grant grant = References.current(funding.findGrant(grantId), grantId, version);
    if (terms.fundingRate().compareTo(grant.getFundingRate()) != 0
        || terms.approvedEligibleCosts().compareTo(grant.getApprovedEligibleCosts().amount())
            != 0) {
      throw new BusinessRuleViolation("grant.terms.figures.by.notice", "approvedEligibleCosts");
    }
    if (!terms.reference().equals(grant.getReference())
        && funding.findGrantByReference(terms.reference()).isPresent()) {
      throw new BusinessRuleViolation("grant.reference.taken", "reference", terms.reference());
    }
    grant.restate(
        terms.programme(),
        terms.programmeNumber(),
        terms.component(),
        terms.reference(),
        terms.commitmentDate());
    DefaultFundingService.apply(grant, withGrant(terms, grant.getApprovedGrant().amount()));
    describe(grant, description);
    return loaded(grant);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Grant enterChangeNotice(long grantId, long version, NoticeInput notice) {
    Grant grant = References.current(funding.findGrant(grantId), grantId, version);
    if (grant.getNotices().isEmpty()) {
      throw new BusinessRuleViolation("grant.notice.first.missing", "noticeDate");
    }
    enter(grant, notice);
    funding.markChanged(grant);
    return loaded(grant);
  }

  @Override
  public Optional<FinancingPlan> planOn(long grantId, LocalDate day) {
    return references.grant(grantId).financingPlanOn(day);
  }

  @Override
  public List<ProjectListing> projects(long grantId) {
    return projects
        .search(
            ProjectFilter.ALL.fundedBy(grantId),
            null,
            LocalDate.now(clock),
            ProjectSort.CODE,
            true,
            0,
            ALL_PROJECTS)
        .rows();
  }

  @Override
  public List<PlanAgainstProjects> planAgainstProjects(long grantId) {
    Grant grant = references.grant(grantId);
    List<CostCategory> categories = budgets.findAllCategories();
    BudgetMatrix planned =
        new BudgetMatrix(
            categories.stream().map(CostCategory::getCode).toList(), budgets.sumsForGrant(grantId));
    return PlanAgainstProjects.of(
        grant.financingPlanOn(LocalDate.now(clock)).orElse(FinancingPlan.NONE),
        planned,
        categories,
        null);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public void assignProject(long grantId, long projectId) {
    Grant grant = references.grant(grantId);
    Project project = references.project(projectId);
    projectFunding.fund(project, grant, "projectToAssign");
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public void removeProject(long grantId, long projectId) {
    Project project = references.project(projectId);
    if (project.getGrant().map(Grant::getId).filter(id -> id == grantId).isEmpty()) {
      throw new BusinessRuleViolation("grant.project.not.funded", "project", project.getCode());
    }
    projectFunding.fund(project, null, "project");
  }

  /** The terms with the approved grant as the rate gives it from the eligible costs. */
  private static GrantTerms withGrantByRate(GrantTerms terms) {
    return withGrant(
        terms, Money.of(terms.approvedEligibleCosts()).percent(terms.fundingRate()).amount());
  }

  /** The terms with the given approved grant, which only notices set. */
  private static GrantTerms withGrant(GrantTerms terms, BigDecimal approvedGrant) {
    return new GrantTerms(
        terms.programme(),
        terms.programmeNumber(),
        terms.component(),
        terms.reference(),
        terms.commitmentDate(),
        terms.approvedEligibleCosts(),
        terms.fundingRate(),
        approvedGrant,
        terms.fundingStart(),
        terms.fundingEnd(),
        terms.extendedUntil(),
        terms.proofOfUseDue(),
        terms.callWindowDays());
  }

  private static void describe(Grant grant, GrantDescription description) {
    grant.describe(description.measureTitle(), description.recipient());
    grant.allowEarlyStart(description.earlyStart());
  }

  private void enter(Grant grant, NoticeInput notice) {
    if (notice.expenditure().isEmpty() || notice.income().isEmpty()) {
      // a notice approves a financing plan; without one the proof's plan columns would be empty
      throw new BusinessRuleViolation(
          "grant.notice.plan.missing", "planExpenditure", notice.reference());
    }
    Map<CostCategory, FinancingPlan.Expenditure> expenditure = new LinkedHashMap<>();
    for (CostCategory category : budgets.findAllCategories()) {
      NoticeInput.PlannedCategory planned = notice.expenditure().get(category.getCode());
      if (planned != null) {
        expenditure.put(
            category,
            new FinancingPlan.Expenditure(money(planned.total()), money(planned.eligible())));
      }
    }
    for (String code : notice.expenditure().keySet()) {
      references.category(code);
    }
    Map<IncomeKind, Money> income = new EnumMap<>(IncomeKind.class);
    notice.income().forEach((kind, amount) -> income.put(kind, money(amount)));
    grant.enterNotice(
        new GrantNotice(notice.date(), notice.reference(), notice.amount(), notice.description()),
        expenditure,
        income,
        LocalDate.now(clock));
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? Money.ZERO : Money.of(amount);
  }

  /** The grant with the collections the page shows read while the transaction is open. */
  private static Grant loaded(Grant grant) {
    grant.getNotices().forEach(notice -> grant.planOf(notice));
    return grant;
  }
}
