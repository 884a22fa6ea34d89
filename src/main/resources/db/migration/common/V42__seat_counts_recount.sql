-- Sets every customer's seat counts from the data: stripe 0 holds all owned seats of a type and all
-- its active users, the other stripes nothing (the first activation that finds its stripe empty
-- spreads the free seats; users.SeatCounts). Runs once as a migration; bench/run runs this same
-- file after writing users straight into the tables. Stripes 0..7: users.SeatCounts.STRIPES.
DELETE FROM seat_counts;
INSERT INTO seat_counts (customer_id, license_type, stripe, owned, used)
SELECT c.id, t.license_type, s.stripe,
       CASE WHEN s.stripe > 0 THEN 0
            WHEN t.license_type = 'STANDARD' THEN c.standard_licenses
            WHEN t.license_type = 'LIGHT' THEN c.light_licenses
            WHEN t.license_type = 'CONTRIBUTOR' THEN c.contributor_licenses
            WHEN t.license_type = 'PLAN' THEN c.plan_licenses
            WHEN t.license_type = 'WORK' THEN c.work_licenses
            WHEN t.license_type = 'REVIEW' THEN c.review_licenses
            ELSE c.request_licenses END,
       CASE WHEN s.stripe > 0 THEN 0
            ELSE (SELECT COUNT(*) FROM users u
                  JOIN access_levels a ON a.id = u.access_level_id
                  WHERE u.customer_id = c.id AND u.is_active AND a.license_type = t.license_type) END
FROM customers c
CROSS JOIN (VALUES ('STANDARD'), ('LIGHT'), ('CONTRIBUTOR'), ('PLAN'), ('WORK'), ('REVIEW'),
                   ('REQUEST')) AS t (license_type)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7)) AS s (stripe);
