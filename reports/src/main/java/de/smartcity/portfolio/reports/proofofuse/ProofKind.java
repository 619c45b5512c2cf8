package de.smartcity.portfolio.reports.proofofuse;

/** Which proof the same generator produces. */
public enum ProofKind {
  /** Verwendungsnachweis: the whole funding period, due after its end. */
  FINAL,
  /** Zwischennachweis: one budget year in which the purpose is not yet fulfilled. */
  INTERIM
}
