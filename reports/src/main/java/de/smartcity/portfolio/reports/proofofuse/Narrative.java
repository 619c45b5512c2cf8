package de.smartcity.portfolio.reports.proofofuse;

import static de.smartcity.portfolio.reports.common.Texts.orEmpty;

/**
 * Part I, the Sachbericht: free text as the project manager wrote it; empty fields print empty.
 *
 * @param start when the measure started
 * @param duration how long it ran or is planned to run
 * @param completion when it was (or will be) completed
 * @param fundedStaff staff paid from the grant
 * @param results results and effects
 * @param deviationsFromPlan deviations from the plan of the measure
 * @param deviationsFromFinancePlan deviations from the finance plan
 */
public record Narrative(
    String start,
    String duration,
    String completion,
    String fundedStaff,
    String results,
    String deviationsFromPlan,
    String deviationsFromFinancePlan) {

  public Narrative {
    start = orEmpty(start);
    duration = orEmpty(duration);
    completion = orEmpty(completion);
    fundedStaff = orEmpty(fundedStaff);
    results = orEmpty(results);
    deviationsFromPlan = orEmpty(deviationsFromPlan);
    deviationsFromFinancePlan = orEmpty(deviationsFromFinancePlan);
  }
}
