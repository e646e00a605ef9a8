-- Reference data: the thematic areas of the cooperation programme, named in English, Simplified Chinese,
-- French and Spanish. Administrators can rename, add or deactivate areas in the application.

insert into thematic_area (code, name_en, name_zh, name_fr, name_es) values
    ('CLIMATE_CHANGE',     'Climate Change',            '气候变化',     'Changement climatique',                'Cambio climático'),
    ('HEALTH',             'Health',                    '卫生与健康',   'Santé',                                'Salud'),
    ('ENVIRONMENT',        'Environment',               '环境',         'Environnement',                        'Medio ambiente'),
    ('ENERGY_SECURITY',    'Energy Security',           '能源安全',     'Sécurité énergétique',                 'Seguridad energética'),
    ('FOOD_SECURITY',      'Food Security',             '粮食安全',     'Sécurité alimentaire',                 'Seguridad alimentaria'),
    ('WATER',              'Water Resources',           '水资源',       'Ressources en eau',                    'Recursos hídricos'),
    ('BIODIVERSITY',       'Biodiversity',              '生物多样性',   'Biodiversité',                         'Biodiversidad'),
    ('DIGITAL',            'Digital Transformation',    '数字化转型',   'Transformation numérique',             'Transformación digital'),
    ('DISASTER_RISK',      'Disaster Risk Reduction',   '减少灾害风险', 'Réduction des risques de catastrophe', 'Reducción del riesgo de desastres'),
    ('SUSTAINABLE_CITIES', 'Sustainable Cities',        '可持续城市',   'Villes durables',                      'Ciudades sostenibles');
