package de.smartcity.portfolio.domain.model.project;

import de.smartcity.portfolio.domain.shared.RecordedImport;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One import of the programme office's project list: the file, who imported it when, how many
 * projects it registered and refused, and how many cost-plan lines it planned. The projects it
 * registered name it in their history.
 */
@Entity
@Table(name = "project_import")
public class ProjectImport extends RecordedImport {

  @Column(name = "cost_line_count", nullable = false)
  private int costLines;

  protected ProjectImport() {}

  public ProjectImport(String fileName, String sha256, String importedBy, Instant importedAt) {
    super(fileName, sha256, importedBy, importedAt);
  }

  /** What the import did, once its projects are stored. */
  public void counted(int addedProjects, int refusedProjects, int plannedLines) {
    count(addedProjects, refusedProjects);
    this.costLines = plannedLines;
  }

  public int getCostLines() {
    return costLines;
  }
}
