package de.smartcity.portfolio.reports.pdf;

/** One labelled value in a block of facts, e.g. "Aktenzeichen: 436-B-0815". */
public record Fact(String label, String value) {}
