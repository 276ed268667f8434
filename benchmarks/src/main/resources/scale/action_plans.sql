-- Scale data, action-plan-service (docs/performance.md, scenario 4): for each council in ${councils}, one accepted
-- improvement plan with 6 themes, 200 actions (about 60 % led by the council, 25 % by the police, 15 % by health) with
-- 20 progress reports each, a finding of the council's standard inspection behind each action, 12 board meetings and
-- 6 measures with 12 actuals each; each action's audit history as Envers writes it (its creation and each progress
-- report a revision of its own). The inspections and findings this service knows (known_inspection, known_finding)
-- are copied from the inspection-service's database by ScaleData, as its events would have put them.

INSERT INTO plan (id, la_code, title, status, draft_due, final_due, submitted_on, version, created_at, created_by,
                  accepted_on)
SELECT md5(${seed} || ':p:' || c)::uuid, c, 'Children''s services improvement plan (generated)', 'ACCEPTED',
       current_date - 700, current_date - 650, current_date - 655, 3, now(), 'scale-data', current_date - 620
FROM unnest(${councils}) AS c
ON CONFLICT DO NOTHING;

INSERT INTO plan_inspection (plan_id, inspection_id)
SELECT md5(${seed} || ':p:' || c)::uuid, md5(${seed} || ':i:' || c || ':1')::uuid
FROM unnest(${councils}) AS c
ON CONFLICT DO NOTHING;

INSERT INTO theme (id, plan_id, position, title, description)
SELECT md5(${seed} || ':t:' || c || ':' || t)::uuid, md5(${seed} || ':p:' || c)::uuid, t,
       (ARRAY['Help and protection', 'Children in care', 'Care leavers', 'Workforce', 'Leadership and oversight',
              'Partnership working'])[t],
       'Generated theme ' || t || ' of the council''s plan.'
FROM unnest(${councils}) AS c, generate_series(1, 6) AS t
ON CONFLICT DO NOTHING;

INSERT INTO action (id, plan_id, theme_id, la_code, title, description, lead_agency, owner, start_date, due_date,
                    original_due_date, status, cancel_reason, rag, percent_complete, completed_on, version, created_at,
                    created_by)
SELECT md5(${seed} || ':a:' || c || ':' || a)::uuid, md5(${seed} || ':p:' || c)::uuid,
       md5(${seed} || ':t:' || c || ':' || (1 + (a - 1) % 6))::uuid, c,
       'Generated action ' || a || ': audit and improve the timeliness of strategy discussions', 
       'Generated for the national data set (docs/performance.md).',
       CASE WHEN lead < 0.6 THEN 'COUNCIL' WHEN lead < 0.85 THEN 'POLICE' ELSE 'HEALTH' END,
       'Generated owner ' || (1 + a % 12), start_date, start_date + 180 + (due * 360)::int,
       start_date + 180 + (due * 360)::int,
       CASE WHEN st < 0.15 THEN 'NOT_STARTED' WHEN st < 0.6 THEN 'IN_PROGRESS' WHEN st < 0.95 THEN 'COMPLETED'
            ELSE 'CANCELLED' END,
       CASE WHEN st >= 0.95 THEN 'Superseded by the plan''s review (generated).' END,
       CASE WHEN st < 0.15 THEN NULL WHEN rag < 0.2 THEN 'RED' WHEN rag < 0.55 THEN 'AMBER' ELSE 'GREEN' END,
       CASE WHEN st < 0.15 THEN 0 WHEN st < 0.6 THEN 5 + (rag * 90)::int WHEN st < 0.95 THEN 100 END,
       CASE WHEN st >= 0.6 AND st < 0.95 THEN start_date + 150 END, 20, now(), 'scale-data'
FROM unnest(${councils}) AS c, generate_series(1, 200) AS a,
     LATERAL (SELECT pg_temp.r(${seed} || ':al:' || c || ':' || a) AS lead,
                     pg_temp.r(${seed} || ':as:' || c || ':' || a) AS st,
                     pg_temp.r(${seed} || ':ad:' || c || ':' || a) AS due,
                     pg_temp.r(${seed} || ':ar:' || c || ':' || a) AS rag,
                     current_date - 600 + 2 * a AS start_date) AS drawn
ON CONFLICT DO NOTHING;

INSERT INTO action_finding (action_id, finding_id)
SELECT md5(${seed} || ':a:' || c || ':' || a)::uuid, md5(${seed} || ':f:' || c || ':1:' || (1 + a % 6))::uuid
FROM unnest(${councils}) AS c, generate_series(1, 200) AS a
ON CONFLICT DO NOTHING;

INSERT INTO progress_update (id, action_id, reported_on, reported_at, reported_by, reporter_agency, rag, narrative,
                             percent_complete, status_after)
SELECT md5(${seed} || ':u:' || a.id || ':' || u)::uuid, a.id, a.start_date + 7 * u,
       (a.start_date + 7 * u)::timestamp + interval '10 hours' + u * interval '1 minute', 'scale-data', a.lead_agency,
       (ARRAY['RED', 'AMBER', 'AMBER', 'GREEN', 'GREEN'])[1 + floor(pg_temp.r(${seed} || ':ur:' || a.id || ':' || u) * 5)::int],
       'Generated progress report ' || u || ': audits of strategy discussions this week found most held on time; '
           || 'the remaining cases were escalated to the team manager and reviewed at the weekly panel.',
       CASE WHEN a.status = 'NOT_STARTED' THEN 0 ELSE least(100, 5 * u) END,
       CASE WHEN a.status = 'NOT_STARTED' THEN 'NOT_STARTED' WHEN u = 20 THEN a.status ELSE 'IN_PROGRESS' END
FROM action a, generate_series(1, 20) AS u
WHERE a.la_code = ANY (${councils}) AND a.created_by = 'scale-data'
ON CONFLICT DO NOTHING;

-- Audit history, as the service's Envers writes it: each action's creation and each of its 20 progress reports is a
-- revision of its own (a revinfo row numbered from revinfo_seq, as the service numbers them, in the order they
-- happened), holding the action as it stood after that change — the last, as it stands now. Written once per action.
DROP TABLE IF EXISTS pg_temp.scale_revision;

CREATE TEMP TABLE scale_revision AS
SELECT action_id, u, at, nextval('revinfo_seq') AS rev
FROM (SELECT a.id AS action_id, u,
             CASE WHEN u = 0 THEN a.start_date::timestamp + interval '9 hours'
                  ELSE (a.start_date + 7 * u)::timestamp + interval '10 hours' + u * interval '1 minute' END AS at
      FROM action a, generate_series(0, 20) AS u
      WHERE a.la_code = ANY (${councils}) AND a.created_by = 'scale-data'
        AND NOT EXISTS (SELECT 1 FROM action_aud h WHERE h.id = a.id)
      ORDER BY at, a.id) AS happened;

INSERT INTO revinfo (rev, changed_at, changed_by, changed_by_agency)
SELECT r.rev, (extract(epoch FROM r.at) * 1000)::bigint, 'scale-data',
       CASE WHEN r.u = 0 THEN 'COUNCIL' ELSE a.lead_agency END
FROM scale_revision r JOIN action a ON a.id = r.action_id;

INSERT INTO action_aud (id, rev, revtype, plan_id, theme_id, la_code, title, description, lead_agency, owner,
                        start_date, due_date, original_due_date, status, cancel_reason, rag, percent_complete,
                        completed_on, created_at, created_by, updated_at, updated_by)
SELECT a.id, r.rev, CASE WHEN r.u = 0 THEN 0 ELSE 1 END, a.plan_id, a.theme_id, a.la_code, a.title, a.description,
       a.lead_agency, a.owner, a.start_date, a.due_date, a.original_due_date,
       CASE WHEN r.u = 0 THEN 'NOT_STARTED' WHEN r.u = 20 THEN a.status ELSE p.status_after END,
       CASE WHEN r.u = 20 THEN a.cancel_reason END,
       CASE WHEN r.u = 20 THEN a.rag WHEN r.u > 0 THEN p.rag END,
       CASE WHEN r.u = 0 THEN 0 WHEN r.u = 20 THEN a.percent_complete ELSE p.percent_complete END,
       CASE WHEN r.u = 20 THEN a.completed_on END,
       a.created_at, a.created_by, r.at, 'scale-data'
FROM scale_revision r JOIN action a ON a.id = r.action_id
     LEFT JOIN progress_update p ON p.id = md5(${seed} || ':u:' || a.id || ':' || r.u)::uuid;

INSERT INTO action_finding_aud (rev, revtype, action_id, finding_id)
SELECT r.rev, 0, f.action_id, f.finding_id
FROM scale_revision r JOIN action_finding f ON f.action_id = r.action_id
WHERE r.u = 0;

DROP TABLE pg_temp.scale_revision;

INSERT INTO board_meeting (id, plan_id, la_code, meeting_date, chair, council_attendees, police_attendees,
                           health_attendees, other_attendees, notes, recorded_at, recorded_by)
SELECT md5(${seed} || ':b:' || c || ':' || m)::uuid, md5(${seed} || ':p:' || c)::uuid, c, current_date - 30 * m,
       'Generated independent chair', 6, 2, 2, 1, 'Generated board meeting ' || m || '.', now(), 'scale-data'
FROM unnest(${councils}) AS c, generate_series(1, 12) AS m
ON CONFLICT DO NOTHING;

INSERT INTO board_meeting_action (meeting_id, action_id)
SELECT md5(${seed} || ':b:' || c || ':' || m)::uuid, md5(${seed} || ':a:' || c || ':' || (1 + (m * 5 + j) % 200))::uuid
FROM unnest(${councils}) AS c, generate_series(1, 12) AS m, generate_series(1, 5) AS j
ON CONFLICT DO NOTHING;

INSERT INTO measure (id, plan_id, la_code, theme_id, name, unit, baseline, baseline_on, target, direction, created_at,
                     created_by)
SELECT md5(${seed} || ':m:' || c || ':' || t)::uuid, md5(${seed} || ':p:' || c)::uuid, c,
       md5(${seed} || ':t:' || c || ':' || t)::uuid, 'Generated measure ' || t, 'per cent',
       40 + (pg_temp.r(${seed} || ':mb:' || c || ':' || t) * 30)::int, current_date - 640, 85,
       'HIGHER_IS_BETTER', now(), 'scale-data'
FROM unnest(${councils}) AS c, generate_series(1, 6) AS t
ON CONFLICT DO NOTHING;

INSERT INTO measure_actual (measure_id, as_of, value, source, recorded_at, recorded_by)
SELECT md5(${seed} || ':m:' || c || ':' || t)::uuid, current_date - 30 * n,
       40 + (pg_temp.r(${seed} || ':mv:' || c || ':' || t || ':' || n) * 50)::int, 'Generated return', now(),
       'scale-data'
FROM unnest(${councils}) AS c, generate_series(1, 6) AS t, generate_series(1, 12) AS n
ON CONFLICT DO NOTHING;
