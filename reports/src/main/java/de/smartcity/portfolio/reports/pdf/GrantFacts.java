package de.smartcity.portfolio.reports.pdf;

import de.smartcity.portfolio.reports.common.Grant;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/** The facts that identify a grant at the head of every finance document. */
public final class GrantFacts {

  private GrantFacts() {}

  public static List<Fact> of(Grant grant, ReportTexts texts) {
    return List.of(
        new Fact(texts.get("grant.programme"), grant.programme()),
        new Fact(texts.get("grant.recipient"), grant.recipient()),
        new Fact(texts.get("grant.measure"), grant.measure()),
        new Fact(texts.get("grant.reference"), grant.reference()));
  }
}
