-- Benchmark data, part 2: {{projects}} projects, {{tasks}} tasks with one assignment each and
-- {{hours}} hours, straight into the tables (same template rules as people.sql). Task n belongs to
-- project (n mod P) + 1 and is assigned to person (n * 7919 mod U) + 1, about ten tasks each;
-- hour h is logged on task (h mod T) + 1 by that task's assignee.
-- The work's actualWork is set from its hours at the end.

INSERT INTO projects (id, customer_id, entry_date, entered_by_id, last_update_date,
                      last_updated_by_id, name, status, owner_id, percent_complete)
SELECT '40' || LPAD(CAST(s.x AS VARCHAR(30)), 30, '0'), c.customer_id, {{now}}, c.admin_id,
       {{now}}, c.admin_id, 'Bench project ' || CAST(s.x AS VARCHAR(12)), 'CUR',
       '10' || LPAD(CAST(MOD(s.x * 31, {{users}}) + 1 AS VARCHAR(30)), 30, '0'), 0
FROM {{range:projects}} CROSS JOIN bench_ctx c;

INSERT INTO tasks (id, customer_id, entry_date, entered_by_id, last_update_date,
                   last_updated_by_id, name, project_id, task_number, status, percent_complete,
                   assigned_to_id, work)
SELECT '20' || LPAD(CAST(s.x AS VARCHAR(30)), 30, '0'), c.customer_id, {{now}}, c.admin_id,
       {{now}}, c.admin_id, 'Bench task ' || CAST(s.x AS VARCHAR(12)),
       '40' || LPAD(CAST(MOD(s.x, {{projects}}) + 1 AS VARCHAR(30)), 30, '0'),
       s.x,
       CASE MOD(s.x, 3) WHEN 0 THEN 'NEW' WHEN 1 THEN 'INP' ELSE 'CPL' END,
       CASE MOD(s.x, 3) WHEN 0 THEN 0 WHEN 1 THEN 50 ELSE 100 END,
       '10' || LPAD(CAST(MOD(s.x * 7919, {{users}}) + 1 AS VARCHAR(30)), 30, '0'),
       8
FROM {{range:tasks}} CROSS JOIN bench_ctx c;

INSERT INTO assignments (id, customer_id, entry_date, entered_by_id, last_update_date,
                         last_updated_by_id, task_id, project_id, assigned_to_id, assigned_by_id,
                         assignment_percent, status, is_primary)
SELECT '21' || LPAD(CAST(s.x AS VARCHAR(30)), 30, '0'), c.customer_id, {{now}}, c.admin_id,
       {{now}}, c.admin_id,
       '20' || LPAD(CAST(s.x AS VARCHAR(30)), 30, '0'),
       '40' || LPAD(CAST(MOD(s.x, {{projects}}) + 1 AS VARCHAR(30)), 30, '0'),
       '10' || LPAD(CAST(MOD(s.x * 7919, {{users}}) + 1 AS VARCHAR(30)), 30, '0'),
       c.admin_id, 100,
       CASE MOD(s.x, 3) WHEN 0 THEN 'NEW' WHEN 1 THEN 'INP' ELSE 'CPL' END,
       TRUE
FROM {{range:tasks}} CROSS JOIN bench_ctx c;

INSERT INTO hours (id, customer_id, entry_date, entered_by_id, last_update_date,
                   last_updated_by_id, owner_id, hours, task_id, project_id, status)
SELECT '30' || LPAD(CAST(s.x AS VARCHAR(30)), 30, '0'), c.customer_id, {{now}}, c.admin_id,
       {{now}}, c.admin_id,
       '10' || LPAD(CAST(MOD((MOD(s.x, {{tasks}}) + 1) * 7919, {{users}}) + 1 AS VARCHAR(30)), 30, '0'),
       1 + MOD(s.x, 8),
       '20' || LPAD(CAST(MOD(s.x, {{tasks}}) + 1 AS VARCHAR(30)), 30, '0'),
       '40' || LPAD(CAST(MOD(MOD(s.x, {{tasks}}) + 1, {{projects}}) + 1 AS VARCHAR(30)), 30, '0'),
       'SUB'
FROM {{range:hours}} CROSS JOIN bench_ctx c;

-- The work's actualWork, as the server keeps it (HourRules): the sum of the hours filed under it.
-- HOUR reports that sum hours by project or task read these totals (store.SummarySource).
MERGE INTO projects p
USING (SELECT project_id, SUM(hours) AS total FROM hours GROUP BY project_id) s
ON (p.id = s.project_id)
WHEN MATCHED THEN UPDATE SET actual_work = s.total;
MERGE INTO tasks t
USING (SELECT task_id, SUM(hours) AS total FROM hours GROUP BY task_id) s
ON (t.id = s.task_id)
WHEN MATCHED THEN UPDATE SET actual_work = s.total;
