package de.smartcity.portfolio.reports.proofofuse;

/** The rows of part II.1, in the order of the federal form. */
public enum IncomeSource {
  OWN_SHARE,
  THIRD_PARTY_CONTRIBUTIONS,
  OTHER_PUBLIC_FUNDING,
  THIS_GRANT
}
