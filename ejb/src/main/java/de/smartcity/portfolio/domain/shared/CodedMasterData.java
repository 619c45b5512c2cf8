package de.smartcity.portfolio.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Master data named by a short unique code, with a name and a place in lists, which administrators
 * rename and reorder: themes, fields of action, cost categories.
 */
@MappedSuperclass
public abstract class CodedMasterData extends RetirableEntity {

  @NotBlank
  @Size(max = 20)
  @Column(nullable = false, unique = true, length = 20, updatable = false)
  private String code;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected CodedMasterData() {}

  protected CodedMasterData(String code, String name, int sortOrder) {
    this.code = code;
    this.name = name;
    this.sortOrder = sortOrder;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void rename(String newName, int newSortOrder) {
    this.name = newName;
    this.sortOrder = newSortOrder;
  }

  @Override
  public String auditLabel() {
    return code;
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
