-- Benchmark data, part 1: the organisation and {{users}} people, straight into the tables.
-- A template for both engines: bench/run replaces {{range:N}} with the engine's row source
-- (PostgreSQL generate_series, H2 SYSTEM_RANGE, both as s(x)) and {{now}} with a timestamp.
-- IDs are 32 decimal digits (valid hex): a two-digit type prefix and the row number.
-- bench/run appends the seat recount (db/migration/common/V42__seat_counts_recount.sql), so that
-- the licence seat counters include the people written here.

DROP TABLE IF EXISTS bench_ctx;
CREATE TABLE bench_ctx AS
SELECT i.default_customer_id AS customer_id,
       (SELECT u.id FROM users u WHERE u.username = 'admin' AND u.customer_id = i.default_customer_id) AS admin_id,
       (SELECT a.id FROM access_levels a WHERE a.name = 'Contributor' AND a.customer_id = i.default_customer_id) AS contributor_id,
       (SELECT a.id FROM access_levels a WHERE a.name = 'Light' AND a.customer_id = i.default_customer_id) AS light_id
FROM installation i;

-- Seats for everyone, so that reactivation never waits for a licence.
UPDATE customers SET standard_licenses = 10000000, light_licenses = 10000000,
  contributor_licenses = 10000000, plan_licenses = 10000000, work_licenses = 10000000,
  review_licenses = 10000000, request_licenses = 10000000
WHERE id = (SELECT customer_id FROM bench_ctx);

DROP TABLE IF EXISTS bench_names;
CREATE TABLE bench_names (n INTEGER PRIMARY KEY, first_name VARCHAR(40), last_name VARCHAR(40));
INSERT INTO bench_names VALUES
  (0, 'Anna', 'Smith'),
  (1, 'Ben', 'Johnson'),
  (2, 'Carla', 'Garcia'),
  (3, 'David', 'Muller'),
  (4, 'Elena', 'Rossi'),
  (5, 'Farid', 'Novak'),
  (6, 'Grace', 'Kowalski'),
  (7, 'Hannah', 'Ivanova'),
  (8, 'Ivan', 'Tanaka'),
  (9, 'Julia', 'Silva'),
  (10, 'Kenji', 'Jensen'),
  (11, 'Laura', 'Nielsen'),
  (12, 'Mateo', 'Dubois'),
  (13, 'Nadia', 'Martin'),
  (14, 'Oscar', 'Bernard'),
  (15, 'Priya', 'Moreau'),
  (16, 'Quentin', 'Fischer'),
  (17, 'Rosa', 'Weber'),
  (18, 'Samuel', 'Schulz'),
  (19, 'Tara', 'Hoffmann'),
  (20, 'Umar', 'Keller'),
  (21, 'Vera', 'Lehmann'),
  (22, 'Walter', 'Brennan'),
  (23, 'Xenia', 'Walsh'),
  (24, 'Yusuf', 'Murphy'),
  (25, 'Zoe', 'Byrne'),
  (26, 'Adrian', 'Horvat'),
  (27, 'Bianca', 'Kovac'),
  (28, 'Conor', 'Popescu'),
  (29, 'Dalia', 'Ionescu'),
  (30, 'Emil', 'Nagy'),
  (31, 'Fiona', 'Szabo'),
  (32, 'Gustav', 'Lindberg'),
  (33, 'Helena', 'Larsen'),
  (34, 'Igor', 'Hansen'),
  (35, 'Joanne', 'Andersen'),
  (36, 'Karim', 'Petrov'),
  (37, 'Lena', 'Sokolov'),
  (38, 'Marek', 'Yilmaz'),
  (39, 'Nora', 'Demir'),
  (40, 'Olga', 'Haddad'),
  (41, 'Pavel', 'Khan'),
  (42, 'Rania', 'Patel'),
  (43, 'Stefan', 'Sharma'),
  (44, 'Tomas', 'Okafor'),
  (45, 'Ursula', 'Mensah'),
  (46, 'Viktor', 'Costa'),
  (47, 'Wanda', 'Pereira'),
  (48, 'Yann', 'Santos'),
  (49, 'Zara', 'Annan');

INSERT INTO org_groups (id, customer_id, entry_date, entered_by_id, last_update_date, last_updated_by_id, name)
SELECT '50' || LPAD(CAST(s.x AS VARCHAR(30)), 30, '0'), c.customer_id, {{now}}, c.admin_id,
       {{now}}, c.admin_id, 'Bench group ' || CAST(s.x AS VARCHAR(10))
FROM {{range:50}} CROSS JOIN bench_ctx c;

-- Every tenth person is Light, the rest Contributor; 50 x 50 first and last names.
INSERT INTO users (id, customer_id, entry_date, entered_by_id, last_update_date, last_updated_by_id,
                   name, first_name, last_name, username, email_addr, is_active, access_level_id,
                   home_group_id)
SELECT '10' || LPAD(CAST(s.x AS VARCHAR(30)), 30, '0'), c.customer_id, {{now}}, c.admin_id,
       {{now}}, c.admin_id,
       f.first_name || ' ' || l.last_name, f.first_name, l.last_name,
       'bench' || CAST(s.x AS VARCHAR(12)) || '@example.com',
       'bench' || CAST(s.x AS VARCHAR(12)) || '@example.com',
       TRUE,
       CASE WHEN MOD(s.x, 10) = 0 THEN c.light_id ELSE c.contributor_id END,
       '50' || LPAD(CAST(MOD(s.x, 50) + 1 AS VARCHAR(30)), 30, '0')
FROM {{range:users}} CROSS JOIN bench_ctx c
JOIN bench_names f ON f.n = MOD(s.x, 50)
JOIN bench_names l ON l.n = MOD(s.x / 50, 50);
