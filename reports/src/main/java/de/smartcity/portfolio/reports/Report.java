package de.smartcity.portfolio.reports;

import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.text.ReportTexts;

/** What every report record tells the page frame: who issues it and what it is called. */
public interface Report {

  Issuer issuer();

  /** The document's title in the reader's language, e.g. "Mittelabruf Nr. 3". */
  String title(ReportTexts texts);
}
