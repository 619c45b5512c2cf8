package de.smartcity.portfolio.infrastructure.demo;

import static de.smartcity.portfolio.domain.model.project.ProjectStatus.COMPLETED;
import static de.smartcity.portfolio.domain.model.project.ProjectStatus.IN_PROGRESS;
import static de.smartcity.portfolio.domain.model.project.ProjectStatus.PLANNED;

import de.smartcity.portfolio.application.NewProject;
import java.util.List;

/**
 * Projects of Bochum's Smart City programme as named in public sources, for the demo database.
 * Which organisation leads which project is partly invented, and says nothing about the real city.
 */
final class DemoPortfolio {

  private DemoPortfolio() {}

  static List<NewProject> projects() {
    return List.of(
        new NewProject("INF-01", "Bochum-App", "INF", "STADT", COMPLETED),
        new NewProject("INF-02", "Stadtweites LoRaWAN-Netz", "INF", "STW", IN_PROGRESS),
        new NewProject("INF-03", "WLAN in der Innenstadt", "INF", "STW", IN_PROGRESS),
        new NewProject("STM-01", "Urbane Datenplattform", "STM", "STADT", PLANNED),
        new NewProject("STM-02", "RathausNavi – Indoor-Navigation", "STM", "STADT", COMPLETED),
        new NewProject("GES-01", "Beteiligungsplattform auf CONSUL", "GES", "STADT", COMPLETED),
        new NewProject("GES-02", "Haus des Wissens", "GES", "UNIV", IN_PROGRESS),
        new NewProject("MOB-01", "Bodenfeuchtesensoren für Straßenbäume", "MOB", "USB", COMPLETED),
        new NewProject("MOB-02", "Klimamessnetz mit 256 Sensoren", "MOB", "STADT", IN_PROGRESS),
        new NewProject("WIS-01", "KI-gestützte Wirtschaftsberatung", "WIS", "BOWE", IN_PROGRESS));
  }
}
