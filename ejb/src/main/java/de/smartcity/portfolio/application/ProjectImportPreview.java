package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.shared.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What importing a project list would do, before anything is stored: every project row and every
 * cost-plan row with its outcome. A project is added with all its cost-plan rows or not at all: a
 * refused cost-plan row refuses its project.
 *
 * @param fileName the file's name
 * @param sha256 the file's SHA-256, hexadecimal
 * @param projects the rows of the sheet "Projekte", in file order
 * @param costLines the rows of the sheet "Kostenplan", in file order
 */
public record ProjectImportPreview(
    String fileName,
    String sha256,
    List<ProjectImportLine> projects,
    List<ProjectImportLine> costLines)
    implements Previewed<ProjectImportLine>, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** How many projects have the outcome. */
  @Override
  public long count(ImportLine.Outcome outcome) {
    return projects.stream().filter(l -> l.outcome() == outcome).count();
  }

  /** How many cost-plan rows have the outcome. */
  public long countCostLines(ImportLine.Outcome outcome) {
    return costLines.stream().filter(l -> l.outcome() == outcome).count();
  }

  /** Every row, project rows first, then cost-plan rows. */
  @Override
  public List<ProjectImportLine> lines() {
    return java.util.stream.Stream.concat(projects.stream(), costLines.stream()).toList();
  }

  /** The planned amounts of the cost-plan rows to add. */
  public Money plannedTotal() {
    return costLines.stream()
        .filter(l -> l.outcome() == ImportLine.Outcome.ADD)
        .map(ProjectImportLine::planned)
        .map(Money::of)
        .collect(Money.sum());
  }
}
