package de.smartcity.portfolio.domain.model.funding;

/** The lines of a grant's finance plan, in the order the proof of use lists them. */
public enum IncomeKind {
  OWN_SHARE,
  THIRD_PARTY,
  OTHER_PUBLIC,
  THIS_GRANT
}
