package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.application.ReceiptVersion;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.GrantProject;
import de.smartcity.portfolio.domain.model.budget.ReceiptFilter;
import de.smartcity.portfolio.domain.model.budget.ReceiptListing;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import de.smartcity.portfolio.interfaces.shared.web.Messages.Outcome;
import de.smartcity.portfolio.interfaces.shared.web.ReceiptFields;
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
import java.util.stream.IntStream;

/**
 * The receipts journal of one grant ({@code ?grant=ID}): every receipt booked to it, filtered,
 * sorted and paged by the database, with the sums of what the filter lets through; finance corrects
 * or deletes a receipt and marks a selection as not eligible, each with a reason that the history
 * keeps. Council members read it; the services refuse their changes.
 */
@Named
@ViewScoped
public class ReceiptJournalView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private BudgetService budgets;
  @Inject private FundingService funding;
  @Inject private MasterDataService masterData;
  @Inject private Messages messages;

  private Long grantId;
  private String grantReference;
  private LocalDate costsFrom;
  private LocalDate costsUntil;
  private List<GrantProject> projects = List.of();
  private List<CostCategory> categories = List.of();
  private List<Integer> years = List.of();

  private Long filterProject;
  private String filterCategory;
  private Integer filterYear;
  private String filterPayee;
  private ReceiptFilter.Eligibility filterEligibility;
  private boolean filterChanged;
  private ReceiptFilter applied = ReceiptFilter.NONE;
  private ReceiptJournalTable table;

  private List<ReceiptListing> selection = new ArrayList<>();
  private ReceiptListing editing;
  private Long project;
  private ReceiptFields receipt = new ReceiptFields();
  private String reason;
  private boolean conflict;

  @PostConstruct
  void load() {
    String requested =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("grant");
    if (requested == null || !requested.matches("\\d{1,18}")) {
      return;
    }
    long id = Long.parseLong(requested);
    Grant grant = funding.grants().stream().filter(g -> g.getId() == id).findFirst().orElse(null);
    if (grant == null) {
      return;
    }
    grantId = id;
    grantReference = grant.getReference();
    costsFrom = grant.costsCountFrom();
    costsUntil = grant.effectiveFundingEnd();
    years = IntStream.rangeClosed(costsFrom.getYear(), costsUntil.getYear()).boxed().toList();
    projects = budgets.grantProjects(id);
    categories = masterData.costCategories();
    ReceiptJournalTable.SerializableFilter current = () -> applied;
    table = new ReceiptJournalTable(budgets, id, current);
  }

  /** Narrows the journal to what the filter form says. */
  public void applyFilter() {
    applied =
        new ReceiptFilter(
            filterProject,
            filterCategory,
            filterYear,
            filterPayee,
            filterEligibility,
            filterChanged);
    selection = new ArrayList<>();
  }

  /** Shows every receipt of the grant again. */
  public void resetFilter() {
    filterProject = null;
    filterCategory = null;
    filterYear = null;
    filterPayee = null;
    filterEligibility = null;
    filterChanged = false;
    applyFilter();
  }

  /** Opens the correction form with the receipt's current values. */
  public void edit(ReceiptListing receipt) {
    editing = receipt;
    project = receipt.projectId();
    this.receipt = new ReceiptFields();
    this.receipt.fill(receipt);
    reason = null;
    conflict = false;
  }

  public void cancel() {
    editing = null;
    reason = null;
  }

  public void correct() {
    if (editing == null) {
      return;
    }
    ReceiptInput input = receipt.input();
    long target = project == null ? editing.projectId() : project;
    if (after(
        messages.attempt(
            () ->
                budgets.correctReceipt(editing.id(), editing.version(), target, input, reason)))) {
      messages.info("journal.corrected", editing.payee());
      cancel();
    }
  }

  public void delete() {
    if (editing == null) {
      return;
    }
    if (after(
        messages.attempt(() -> budgets.deleteReceipt(editing.id(), editing.version(), reason)))) {
      messages.info("journal.deleted", editing.payee());
      cancel();
    }
  }

  public void markNotEligible() {
    List<ReceiptVersion> chosen =
        selection.stream().map(r -> new ReceiptVersion(r.id(), r.version())).toList();
    if (after(messages.attempt(() -> budgets.markNotEligible(chosen, reason)))) {
      messages.info("journal.markedNotEligible", chosen.size());
      selection = new ArrayList<>();
      reason = null;
    }
  }

  private boolean after(Outcome outcome) {
    conflict = outcome == Outcome.CONFLICT;
    return outcome.saved();
  }

  /** Reads the journal afresh after someone else changed a receipt. */
  public void reload() {
    editing = null;
    selection = new ArrayList<>();
    conflict = false;
  }

  public boolean isFound() {
    return grantId != null;
  }

  public Long getGrantId() {
    return grantId;
  }

  public String getGrantReference() {
    return grantReference;
  }

  public LocalDate getCostsFrom() {
    return costsFrom;
  }

  public LocalDate getCostsUntil() {
    return costsUntil;
  }

  public List<GrantProject> getProjects() {
    return projects;
  }

  public List<CostCategory> getCategories() {
    return categories;
  }

  public List<Integer> getYears() {
    return years;
  }

  public ReceiptFilter.Eligibility[] getEligibilities() {
    return ReceiptFilter.Eligibility.values();
  }

  public ReceiptJournalTable getTable() {
    return table;
  }

  public boolean isConflict() {
    return conflict;
  }

  public ReceiptListing getEditing() {
    return editing;
  }

  public List<ReceiptListing> getSelection() {
    return selection;
  }

  public void setSelection(List<ReceiptListing> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
  }

  public Long getFilterProject() {
    return filterProject;
  }

  public void setFilterProject(Long filterProject) {
    this.filterProject = filterProject;
  }

  public String getFilterCategory() {
    return filterCategory;
  }

  public void setFilterCategory(String filterCategory) {
    this.filterCategory = filterCategory;
  }

  public Integer getFilterYear() {
    return filterYear;
  }

  public void setFilterYear(Integer filterYear) {
    this.filterYear = filterYear;
  }

  public String getFilterPayee() {
    return filterPayee;
  }

  public void setFilterPayee(String filterPayee) {
    this.filterPayee = filterPayee;
  }

  public ReceiptFilter.Eligibility getFilterEligibility() {
    return filterEligibility;
  }

  public void setFilterEligibility(ReceiptFilter.Eligibility filterEligibility) {
    this.filterEligibility = filterEligibility;
  }

  public boolean isFilterChanged() {
    return filterChanged;
  }

  public void setFilterChanged(boolean filterChanged) {
    this.filterChanged = filterChanged;
  }

  public Long getProject() {
    return project;
  }

  public void setProject(Long project) {
    this.project = project;
  }

  /** The correction form's fields. */
  public ReceiptFields getReceipt() {
    return receipt;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
