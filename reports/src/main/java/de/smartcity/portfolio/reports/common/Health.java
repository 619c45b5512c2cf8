package de.smartcity.portfolio.reports.common;

/** The project manager's traffic light; reports print its label next to the colour. */
public enum Health {
  GREEN,
  AMBER,
  RED
}
