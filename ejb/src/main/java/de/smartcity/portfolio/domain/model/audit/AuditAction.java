package de.smartcity.portfolio.domain.model.audit;

/** What happened to a record. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  SIGN_IN,
  SIGN_IN_FAILED,
  ACCOUNT_LOCKED
}
