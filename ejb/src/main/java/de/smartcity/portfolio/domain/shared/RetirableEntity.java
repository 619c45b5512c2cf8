package de.smartcity.portfolio.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Master data that records name (projects, receipts, users, proofs) and that is therefore retired,
 * never deleted: a retired record leaves every choice but keeps its name wherever it is used.
 */
@MappedSuperclass
public abstract class RetirableEntity extends AbstractEntity {

  @Column(nullable = false)
  private boolean retired;

  public boolean isRetired() {
    return retired;
  }

  public void retire() {
    this.retired = true;
  }

  public void reinstate() {
    this.retired = false;
  }
}
