package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.proofofuse.ProofNarrative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/**
 * Part I of a proof of use (Sachbericht) as finance enters it. Start, duration and results are
 * required, because a proof without them says nothing; the rest may stay empty.
 *
 * @param start when the measure started
 * @param duration how long it ran or runs
 * @param completion when it was or will be completed
 * @param fundedStaff staff paid from the grant
 * @param results results and effects
 * @param deviationsFromPlan deviations from the plan of the measure
 * @param deviationsFromFinancePlan deviations from the finance plan
 */
public record NarrativeInput(
    @NotBlank @Size(max = ProofNarrative.SHORT_TEXT) String start,
    @NotBlank @Size(max = ProofNarrative.SHORT_TEXT) String duration,
    @Size(max = ProofNarrative.SHORT_TEXT) String completion,
    @Size(max = ProofNarrative.STAFF_TEXT) String fundedStaff,
    @NotBlank @Size(max = ProofNarrative.LONG_TEXT) String results,
    @Size(max = ProofNarrative.LONG_TEXT) String deviationsFromPlan,
    @Size(max = ProofNarrative.LONG_TEXT) String deviationsFromFinancePlan)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
}
