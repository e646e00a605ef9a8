-- DEMO DATA ONLY (db/demo, never in production). The reviewer pool: the demo realm's reviewers as the application
-- knows them, with the thematic areas they review. reviewer3 works at the University of Cape Town, a partner of
-- demo proposals (the board never assigns them there); reviewer4 is French, as is the coordinator `member`.
-- Idempotent: each expert once (by username), each theme once.

insert into expert (username, display_name, email, organisation_id, country_code, added_by, added_at)
    select v.username, v.display_name, v.email, (select o.id from organisation o where o.name = v.organisation),
           v.country, 'admin', current_timestamp - interval '60' day
    from (select 'reviewer' as username, 'Anna Schmidt' as display_name, 'reviewer@secretariat.example' as email,
                 'Technische Universität München' as organisation, 'DE' as country union all
          select 'reviewer2', 'Priya Sharma', 'reviewer2@secretariat.example', 'Indian Institute of Science', 'IN' union all
          select 'reviewer3', 'Sipho Dlamini', 'reviewer3@secretariat.example', 'University of Cape Town', 'ZA' union all
          select 'reviewer4', 'Lucie Bernard', 'reviewer4@secretariat.example',
                 'Centre national de la recherche scientifique', 'FR') v
    where not exists (select 1 from expert e where e.username = v.username);

insert into expert_theme (expert_id, theme_id)
    select e.id, t.id
    from (select 'reviewer' as username, 'CLIMATE_CHANGE' as theme union all
          select 'reviewer', 'WATER' union all
          select 'reviewer', 'ENERGY_SECURITY' union all
          select 'reviewer2', 'WATER' union all
          select 'reviewer2', 'FOOD_SECURITY' union all
          select 'reviewer2', 'HEALTH' union all
          select 'reviewer3', 'BIODIVERSITY' union all
          select 'reviewer3', 'CLIMATE_CHANGE' union all
          select 'reviewer3', 'DISASTER_RISK' union all
          select 'reviewer4', 'SUSTAINABLE_CITIES' union all
          select 'reviewer4', 'WATER' union all
          select 'reviewer4', 'ENVIRONMENT') v
    join expert e on e.username = v.username
    join thematic_area t on t.code = v.theme
    where not exists (select 1 from expert_theme x where x.expert_id = e.id and x.theme_id = t.id);
