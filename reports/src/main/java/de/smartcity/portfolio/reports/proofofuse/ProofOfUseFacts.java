package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.pdf.Fact;
import de.smartcity.portfolio.reports.pdf.GrantFacts;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.ArrayList;
import java.util.List;

/** The labelled facts that workbook and PDF both print, so they cannot drift apart. */
final class ProofOfUseFacts {

  private ProofOfUseFacts() {}

  static List<Fact> grant(ProofOfUseReport report, ReportTexts texts) {
    List<Fact> facts = new ArrayList<>(GrantFacts.of(report.grant().grant(), texts));
    facts.add(new Fact(texts.get("proof.issuedOn"), texts.date(report.issuedOn())));
    return facts;
  }

  static List<Fact> narrative(Narrative narrative, ReportTexts texts) {
    return List.of(
        new Fact(texts.get("proof.narrative.start"), narrative.start()),
        new Fact(texts.get("proof.narrative.duration"), narrative.duration()),
        new Fact(texts.get("proof.narrative.completion"), narrative.completion()),
        new Fact(texts.get("proof.narrative.fundedStaff"), narrative.fundedStaff()),
        new Fact(texts.get("proof.narrative.results"), narrative.results()),
        new Fact(texts.get("proof.narrative.deviationsFromPlan"), narrative.deviationsFromPlan()),
        new Fact(
            texts.get("proof.narrative.deviationsFromFinancePlan"),
            narrative.deviationsFromFinancePlan()));
  }
}
