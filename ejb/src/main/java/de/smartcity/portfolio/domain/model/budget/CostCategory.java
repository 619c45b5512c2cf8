package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.shared.CodedMasterData;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A cost category of the cost and finance plan (Personalausgaben, Sachausgaben, Investitionen are
 * seeded); master data, because the funder's exact headings may change between programme rules.
 */
@Entity
@Cacheable
@Table(name = "cost_category")
public class CostCategory extends CodedMasterData {

  protected CostCategory() {}

  public CostCategory(String code, String name, int sortOrder) {
    super(code, name, sortOrder);
  }
}
