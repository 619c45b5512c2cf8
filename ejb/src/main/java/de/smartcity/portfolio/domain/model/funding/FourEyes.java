package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;

/**
 * The four-eyes principle (Vier-Augen-Prinzip) of German public budgets: an entry that moves money
 * counts only once someone other than the person who entered it has confirmed it as "sachlich und
 * rechnerisch richtig". Calls for funds, proof submissions and receipts above the grant's threshold
 * are such entries; each keeps who entered and who confirmed it and asks this rule.
 */
public final class FourEyes {

  private FourEyes() {}

  /**
   * Refuses a confirmation by the person who made the entry, and a second confirmation.
   *
   * @param enteredBy who entered it; {@code null} when unknown, which nobody can be
   * @param confirmedBy who confirmed it so far, {@code null} when nobody did
   * @param confirmer who confirms it now
   */
  public static void requireConfirmable(String enteredBy, String confirmedBy, String confirmer) {
    if (confirmedBy != null) {
      throw new BusinessRuleViolation("confirmation.already.given", null, confirmedBy);
    }
    if (confirmer.equalsIgnoreCase(String.valueOf(enteredBy))) {
      throw new BusinessRuleViolation("confirmation.own.entry", null);
    }
  }
}
