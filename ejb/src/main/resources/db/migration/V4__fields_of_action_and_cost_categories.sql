-- Master data of the second slice; administrators edit it later.
-- The University network is a partner, not a company of the city.
UPDATE organisation SET city_group = FALSE WHERE short_name = 'UNIV';

-- Three fields of action per strategic theme. Only "Kommunikations-Infrastruktur" is a name the
-- city has published; the other fourteen are plausible placeholders an administrator renames.
INSERT INTO field_of_action (id, version, theme_id, code, name, sort_order) VALUES
    (21, 1, 1, 'INF-KOM', 'Kommunikations-Infrastruktur', 1),
    (22, 1, 1, 'INF-DAT', 'Urbane Daten und Plattformen', 2),
    (23, 1, 1, 'INF-GEB', 'Digitale Gebäude und Quartiere', 3),
    (24, 1, 2, 'STM-VER', 'Digitale Verwaltung', 1),
    (25, 1, 2, 'STM-BET', 'Beteiligung und Transparenz', 2),
    (26, 1, 2, 'STM-SEN', 'Sensorik und Stadtbetrieb', 3),
    (27, 1, 3, 'GES-BIL', 'Digitale Bildung und Kompetenzen', 1),
    (28, 1, 3, 'GES-TEI', 'Teilhabe und Inklusion', 2),
    (29, 1, 3, 'GES-KUL', 'Kultur und Stadtleben', 3),
    (30, 1, 4, 'MOB-VER', 'Vernetzte Mobilität', 1),
    (31, 1, 4, 'MOB-KLI', 'Klima- und Umweltmonitoring', 2),
    (32, 1, 4, 'MOB-ENE', 'Energie und Ressourcen', 3),
    (33, 1, 5, 'WIS-GRU', 'Gründung und Innovation', 1),
    (34, 1, 5, 'WIS-FOR', 'Wissenstransfer und Forschung', 2),
    (35, 1, 5, 'WIS-STA', 'Standort und Wirtschaftsförderung', 3);

-- The cost categories of the cost and finance plan (headings of the KfW form not confirmed).
INSERT INTO cost_category (id, version, code, name, sort_order) VALUES
    (41, 1, 'PERS', 'Personalausgaben', 1),
    (42, 1, 'SACH', 'Sachausgaben', 2),
    (43, 1, 'INV', 'Investitionen', 3);
