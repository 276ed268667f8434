-- Scale data, inspection-service (docs/performance.md, scenario 4): for each council in ${councils}, 3 to 8 published
-- inspections (the first an ILACS standard inspection with its five judgements, the others focused and monitoring
-- visits), six findings each. Every value is drawn from pg_temp.r(key), a hash of the seed and the row's key, so one
-- seed gives the same rows on every run; ids are md5 of the same keys. Dates count back from today.

INSERT INTO inspection (id, la_code, type, status, notified_date, on_site_start, on_site_end, lead_inspector, version,
                        created_at, created_by, published_date, framework, updated_at, updated_by, councils,
                        inspectorates)
SELECT md5(${seed} || ':i:' || c || ':' || k)::uuid, c,
       CASE WHEN k = 1 THEN 'STANDARD' WHEN k % 2 = 0 THEN 'FOCUSED_VISIT' ELSE 'MONITORING_VISIT' END,
       'PUBLISHED', d, d + 7, d + CASE WHEN k = 1 THEN 18 ELSE 9 END, 'Generated inspector ' || k, 1,
       now(), 'scale-data', d + 60, CASE WHEN k = 1 THEN 'ILACS_2023' ELSE 'UNGRADED' END, now(), 'scale-data',
       ARRAY[c]::varchar(3)[], 'OFSTED'
FROM unnest(${councils}) AS c,
     generate_series(1, 8) AS k,
     LATERAL (SELECT current_date - 240 * k - (pg_temp.r(${seed} || ':id:' || c || ':' || k) * 60)::int AS d) AS dates
WHERE k <= 3 + floor(pg_temp.r(${seed} || ':n:' || c) * 6)
ON CONFLICT DO NOTHING;

INSERT INTO judgement (inspection_id, area, grade)
SELECT md5(${seed} || ':i:' || c || ':1')::uuid, area,
       (ARRAY['OUTSTANDING', 'GOOD', 'GOOD', 'REQUIRES_IMPROVEMENT', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'])
           [1 + floor(pg_temp.r(${seed} || ':j:' || c || ':' || area) * 6)::int]
FROM unnest(${councils}) AS c,
     unnest(ARRAY['OVERALL_EFFECTIVENESS', 'IMPACT_OF_LEADERS', 'HELP_AND_PROTECTION', 'CHILDREN_IN_CARE',
                  'CARE_LEAVERS']) AS area
ON CONFLICT DO NOTHING;

INSERT INTO finding (id, inspection_id, sequence, kind, area, text, recorded_at, recorded_by, addressed_to)
SELECT md5(${seed} || ':f:' || i.la_code || ':' || k || ':' || s)::uuid, i.id, s,
       CASE WHEN s = 1 AND pg_temp.r(${seed} || ':pa:' || i.id) < 0.5 THEN 'PRIORITY_ACTION'
            WHEN s <= 4 THEN 'AREA_FOR_IMPROVEMENT' ELSE 'STRENGTH' END,
       (ARRAY['HELP_AND_PROTECTION', 'CHILDREN_IN_CARE', 'IMPACT_OF_LEADERS'])[1 + s % 3],
       'Generated finding ' || s || ' of the council''s inspection ' || k
           || ': managers do not yet make sure that plans for children are reviewed in good time.',
       now(), 'scale-data', 'COUNCIL'
FROM inspection i,
     LATERAL (SELECT k FROM generate_series(1, 8) AS k
              WHERE i.id = md5(${seed} || ':i:' || i.la_code || ':' || k)::uuid) AS numbered,
     generate_series(1, 6) AS s
WHERE i.la_code = ANY (${councils})
ON CONFLICT DO NOTHING;

-- Each force's child protection inspection by HMICFRS (NCPI), the force's own record concerning every council it
-- covers; ${forces} is [{"alias": ..., "councils": [...]}] for the forces covering any of ${councils}.
INSERT INTO inspection (id, la_code, type, status, notified_date, on_site_start, on_site_end, lead_inspector, version,
                        created_at, created_by, published_date, framework, updated_at, updated_by, councils,
                        inspectorates, organisation)
SELECT md5(${seed} || ':force:' || (f ->> 'alias'))::uuid, NULL, 'FORCE_CHILD_PROTECTION', 'PUBLISHED', d, d + 7,
       d + 14, 'Generated HMICFRS inspector', 1, now(), 'scale-data', d + 90, 'NCPI', now(), 'scale-data',
       ARRAY(SELECT jsonb_array_elements_text(f -> 'councils'))::varchar(3)[], 'HMICFRS', f ->> 'alias'
FROM jsonb_array_elements(${forces}::jsonb) AS f,
     LATERAL (SELECT current_date - 500 - (pg_temp.r(${seed} || ':fd:' || (f ->> 'alias')) * 400)::int AS d) AS dates
ON CONFLICT DO NOTHING;
