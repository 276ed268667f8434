-- Scale data, workforce-service (docs/performance.md, scenario 4): for each council in ${councils}, 40 teams (30 the
-- council's, 5 the police's, 5 health's), 10 staff in each (400), 2 open vacancies per team and 12 monthly caseload
-- snapshots per team.

INSERT INTO team (id, agency, name, service_area, establishment_fte, version, created_at, la_code)
SELECT md5(${seed} || ':tm:' || c || ':' || t)::uuid,
       CASE WHEN t <= 30 THEN 'COUNCIL' WHEN t <= 35 THEN 'POLICE' ELSE 'HEALTH' END, 'Generated team ' || t,
       (ARRAY['FRONT_DOOR', 'ASSESSMENT', 'CHILD_PROTECTION', 'CHILDREN_IN_CARE', 'CARE_LEAVERS', 'EDGE_OF_CARE',
              'EARLY_HELP', 'OTHER'])[1 + t % 8], 11, 0, now(), c
FROM unnest(${councils}) AS c, generate_series(1, 40) AS t
ON CONFLICT DO NOTHING;

INSERT INTO staff_member (id, reference, team_id, agency, role, contract, fte, case_holder, covers_vacancy, start_date,
                          left_on, leave_reason, version, created_at, la_code)
SELECT md5(${seed} || ':s:' || c || ':' || t || ':' || s)::uuid, 'G' || c || '-' || t || '-' || s,
       md5(${seed} || ':tm:' || c || ':' || t)::uuid,
       CASE WHEN t <= 30 THEN 'COUNCIL' WHEN t <= 35 THEN 'POLICE' ELSE 'HEALTH' END,
       CASE WHEN s = 1 THEN 'TEAM_MANAGER' WHEN s <= 3 THEN 'SENIOR_PRACTITIONER' ELSE 'SOCIAL_WORKER' END,
       CASE WHEN contract < 0.15 THEN 'AGENCY' ELSE 'PERMANENT' END, 1.0, s > 1,
       contract < 0.075, current_date - 200 - (started * 3000)::int,
       CASE WHEN leaving < 0.1 THEN current_date - 30 - (leaving * 1000)::int END,
       CASE WHEN leaving < 0.1 THEN 'RESIGNATION' END, 0, now(), c
FROM unnest(${councils}) AS c, generate_series(1, 40) AS t, generate_series(1, 10) AS s,
     LATERAL (SELECT pg_temp.r(${seed} || ':sc:' || c || ':' || t || ':' || s) AS contract,
                     pg_temp.r(${seed} || ':ss:' || c || ':' || t || ':' || s) AS started,
                     pg_temp.r(${seed} || ':sl:' || c || ':' || t || ':' || s) AS leaving) AS drawn
ON CONFLICT DO NOTHING;

INSERT INTO vacancy (id, team_id, agency, role, fte, opened_on, status, version, created_at, la_code)
SELECT md5(${seed} || ':v:' || c || ':' || t || ':' || v)::uuid, md5(${seed} || ':tm:' || c || ':' || t)::uuid,
       CASE WHEN t <= 30 THEN 'COUNCIL' WHEN t <= 35 THEN 'POLICE' ELSE 'HEALTH' END, 'SOCIAL_WORKER', 1.0,
       current_date - 20 * v - t, 'OPEN', 0, now(), c
FROM unnest(${councils}) AS c, generate_series(1, 40) AS t, generate_series(1, 2) AS v
ON CONFLICT DO NOTHING;

INSERT INTO caseload_snapshot (id, team_id, agency, as_of, cases, case_holder_fte, caseload, threshold, breached,
                               recorded_at, la_code)
SELECT md5(${seed} || ':cl:' || c || ':' || t || ':' || n)::uuid, md5(${seed} || ':tm:' || c || ':' || t)::uuid,
       CASE WHEN t <= 30 THEN 'COUNCIL' WHEN t <= 35 THEN 'POLICE' ELSE 'HEALTH' END,
       (date_trunc('month', current_date) - n * interval '1 month' - interval '1 day')::date, cases, 9,
       round(cases / 9.0, 1), 20, cases / 9.0 > 20, now(), c
FROM unnest(${councils}) AS c, generate_series(1, 40) AS t, generate_series(1, 12) AS n,
     LATERAL (SELECT 140 + (pg_temp.r(${seed} || ':cc:' || c || ':' || t || ':' || n) * 80)::int AS cases) AS drawn
ON CONFLICT DO NOTHING;
