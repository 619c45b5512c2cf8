package de.smartcity.portfolio.infrastructure.demo;

import static de.smartcity.portfolio.domain.model.project.ProjectStatus.COMPLETED;
import static de.smartcity.portfolio.domain.model.project.ProjectStatus.IN_PROGRESS;
import static de.smartcity.portfolio.domain.model.project.ProjectStatus.PLANNED;

import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import java.util.List;

/**
 * Projects of Bochum's Smart City programme as named in public sources. Which organisation leads
 * which project, the fields of action and all figures are invented for the demo.
 */
final class RealProjects {

  record Seed(
      String code, String title, String field, String lead, ProjectStatus status, String summary) {}

  private RealProjects() {}

  static final List<Seed> ALL =
      List.of(
          new Seed(
              "INF-01",
              "Bochum-App",
              "INF-KOM",
              "STADT",
              COMPLETED,
              "Die App der Stadt auf Basis der Open Smart City App: Termine, Mängelmelder, News."),
          new Seed(
              "INF-02",
              "Stadtweites LoRaWAN-Netz",
              "INF-KOM",
              "STW",
              COMPLETED,
              "Funknetz der Stadtwerke für Sensoren im ganzen Stadtgebiet."),
          new Seed(
              "INF-03",
              "WLAN in der Innenstadt",
              "INF-KOM",
              "STW",
              COMPLETED,
              "Freies WLAN für Besucherinnen und Besucher der Innenstadt."),
          new Seed(
              "INF-04",
              "Glasfaserausbau",
              "INF-KOM",
              "STW",
              IN_PROGRESS,
              "Ausbau des Glasfasernetzes für Schulen, Gewerbegebiete und Haushalte."),
          new Seed(
              "INF-05",
              "Urbane Datenplattform",
              "INF-DAT",
              "STADT",
              PLANNED,
              "Plattform, auf der die Daten der Stadt und ihrer Gesellschaften zusammenlaufen."),
          new Seed(
              "STM-01",
              "Informationsportal",
              "STM-VER",
              "STADT",
              COMPLETED,
              "Zentrales Portal mit Informationen und Diensten der Verwaltung."),
          new Seed(
              "STM-02",
              "Ratsinformationssystem mit Livestream",
              "STM-BET",
              "STADT",
              COMPLETED,
              "Sitzungen des Rates live und im Archiv, mit allen Vorlagen."),
          new Seed(
              "STM-03",
              "Chatbot für die Website der Stadt",
              "STM-VER",
              "STADT",
              IN_PROGRESS,
              "Ein Chatbot beantwortet häufige Fragen rund um die Uhr."),
          new Seed(
              "STM-04",
              "Beteiligungsplattform auf CONSUL",
              "STM-BET",
              "STADT",
              COMPLETED,
              "Online-Beteiligung der Bürgerschaft, live seit April 2023."),
          new Seed(
              "STM-05",
              "Dokumenten-Abholboxen",
              "STM-VER",
              "STADT",
              COMPLETED,
              "Ausweise und Dokumente rund um die Uhr aus Schließfächern abholen."),
          new Seed(
              "STM-06",
              "Smarte Rattenköderboxen in der Kanalisation",
              "STM-SEN",
              "STADT",
              IN_PROGRESS,
              "Vernetzte Köderboxen melden Befall und sparen Kontrollgänge."),
          new Seed(
              "STM-07",
              "Smart-City-Strategie",
              "STM-VER",
              "STADT",
              COMPLETED,
              "Die Smart-City-Strategie der Stadt (Förderbaustein A)."),
          new Seed(
              "GES-01",
              "RathausNavi – Indoor-Navigation",
              "GES-TEI",
              "STADT",
              COMPLETED,
              "Rund 300 Beacons führen zu etwa 1.000 Zielen im Rathaus."),
          new Seed(
              "GES-02",
              "Digitale Wegeleit-Stelen",
              "GES-TEI",
              "STADT",
              IN_PROGRESS,
              "Digitale Stelen ergänzen das RathausNavi im Stadtraum."),
          new Seed(
              "GES-03",
              "Digitalkompetenz-Kurse für Beschäftigte",
              "GES-BIL",
              "STADT",
              IN_PROGRESS,
              "Kurse, mit denen die Beschäftigten der Stadt digitale Werkzeuge lernen."),
          new Seed(
              "GES-04",
              "Virtuelles Fenster nach Tsukuba",
              "GES-KUL",
              "STADT",
              COMPLETED,
              "Eine Live-Verbindung in die Partnerstadt Tsukuba in Japan."),
          new Seed(
              "MOB-01",
              "Bodenfeuchtesensoren für Straßenbäume",
              "MOB-KLI",
              "USB",
              COMPLETED,
              "24 Sensoren im LoRaWAN melden seit Mai 2022, wann Bäume Wasser brauchen."),
          new Seed(
              "MOB-02",
              "Klimamessnetz mit 256 Sensoren",
              "MOB-KLI",
              "STADT",
              IN_PROGRESS,
              "Ein Netz aus 256 Sensoren misst Temperatur und Feuchte im Stadtgebiet."),
          new Seed(
              "MOB-03",
              "Digitales Parken mit Kennzeichen-Tickets",
              "MOB-VER",
              "BOVG",
              IN_PROGRESS,
              "Parken ohne Papierticket: die Schranke erkennt das Kennzeichen."),
          new Seed(
              "MOB-04",
              "Autonome Wertstoffhöfe",
              "MOB-ENE",
              "USB",
              IN_PROGRESS,
              "Wertstoffhöfe, die mit digitalem Zugang auch ohne Personal öffnen."),
          new Seed(
              "MOB-05",
              "Öffentliche E-Ladepunkte",
              "MOB-ENE",
              "STW",
              IN_PROGRESS,
              "Ladepunkte für Elektrofahrzeuge im öffentlichen Raum."),
          new Seed(
              "MOB-06",
              "Verkehrssensorik",
              "MOB-VER",
              "STADT",
              IN_PROGRESS,
              "Sensoren zählen Verkehr anonym und speisen die Verkehrsplanung."),
          new Seed(
              "WIS-01",
              "KI-gestützte Wirtschaftsberatung",
              "WIS-STA",
              "BOWE",
              IN_PROGRESS,
              "Künstliche Intelligenz unterstützt die Beratung von Unternehmen."),
          new Seed(
              "WIS-02",
              "Haus des Wissens",
              "WIS-FOR",
              "STADT",
              IN_PROGRESS,
              "Bibliothek, Volkshochschule, UniverCity und Markthalle unter einem Dach."),
          new Seed(
              "WIS-03",
              "Innovationsquartier MARK 51°7",
              "WIS-GRU",
              "BOWE",
              IN_PROGRESS,
              "Das ehemalige Opel-Gelände wird zum Standort für Innovation und Forschung."));
}
