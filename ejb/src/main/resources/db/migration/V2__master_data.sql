-- Master data every installation starts with; administrators edit it later.
-- The five strategic themes (Leitthemen) of Bochum's Smart City strategy.
INSERT INTO strategic_theme (id, version, code, name, sort_order) VALUES
    (1, 1, 'INF', 'Zukunftsfähige Infrastruktur', 1),
    (2, 1, 'STM', 'Intelligentes Stadtmanagement', 2),
    (3, 1, 'GES', 'Digitale Gesellschaft', 3),
    (4, 1, 'MOB', 'Nachhaltige Mobilität und Umweltschutz', 4),
    (5, 1, 'WIS', 'Innovative Wirtschaft und Wissenschaft', 5);

-- The participating organisations of the "Konzern Stadt" and the university network.
INSERT INTO organisation (id, version, short_name, name) VALUES
    (1, 1, 'STADT', 'Stadt Bochum'),
    (2, 1, 'BOWE', 'Bochum Wirtschaftsentwicklung'),
    (3, 1, 'STW', 'Stadtwerke Bochum'),
    (4, 1, 'BOMA', 'Bochum Marketing'),
    (5, 1, 'BOVG', 'Bochumer Veranstaltungs-GmbH'),
    (6, 1, 'BOGESTRA', 'BOGESTRA'),
    (7, 1, 'SBO', 'Senioreneinrichtungen Bochum'),
    (8, 1, 'USB', 'USB Umweltservice Bochum'),
    (9, 1, 'VBW', 'VBW Bauen und Wohnen'),
    (10, 1, 'SPK', 'Sparkasse Bochum'),
    (11, 1, 'IHK', 'IHK Mittleres Ruhrgebiet'),
    (12, 1, 'UNIV', 'UniverCity Bochum');
