package de.smartcity.portfolio.application;

import java.util.List;

/**
 * What an import's preview shows, whatever it imports: its lines, each with its outcome and, for a
 * refused line, why; the import pages list and count them alike.
 *
 * @param <L> a line of the preview
 */
public interface Previewed<L extends Previewed.Line> {

  /** One line of a preview. */
  interface Line {
    ImportLine.Outcome outcome();

    /** Why the line is refused; {@code null} for a line that is not. */
    ImportLine.Problem problem();
  }

  /** Every line, in the order the page lists them. */
  List<L> lines();

  /**
   * How many of what the import adds or refuses have the outcome: lines, or for a project list,
   * projects (a project with its cost-plan lines).
   */
  long count(ImportLine.Outcome outcome);
}
