-- Deactivating or reactivating someone no longer rewrites every index of users.
--
-- PostgreSQL can update a row in place (a HOT update, no new index entries) only when no indexed
-- column changes, and an index's predicate counts. is_active was in three indexes: the partial
-- unique indexes of V2 (WHERE is_active) and V40's users_customer_level_active_ix. So each toggle
-- added entries to all 14 indexes of users, the two GIN trigram indexes among them. Under pgbench
-- on bench/run's data set, toggling is_active ran at 5,867.6 and 5,643.1 tps against 13,925.7 and
-- 13,422.4 for an update PostgreSQL could make HOT.
--
-- The rule stays the same (reference §7.2: one active user per username and per email address, per
-- customer, case-insensitively) and stays a unique index, so concurrent writers still cannot both
-- win. It now holds on active_user_logins, one row per active user, which a trigger keeps on every
-- write to users, whichever path makes it. The indexes keep their names, so the conflict messages
-- registered for them (users.UserFeature) are unchanged. H2 keeps V2's generated columns.

DROP INDEX users_active_username_uq;
DROP INDEX users_active_email_uq;
DROP INDEX users_customer_level_active_ix;
-- The seat recount (V42) and licence checks still find a customer's users per access level.
CREATE INDEX users_customer_level_ix ON users (customer_id, access_level_id);

CREATE TABLE active_user_logins (
  user_id                 VARCHAR(32) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  customer_id             VARCHAR(32) NOT NULL,
  username_lower          VARCHAR(255) NOT NULL,
  email_lower             VARCHAR(255)
);
INSERT INTO active_user_logins (user_id, customer_id, username_lower, email_lower)
SELECT id, customer_id, LOWER(username), LOWER(email_addr) FROM users WHERE is_active;
CREATE UNIQUE INDEX users_active_username_uq ON active_user_logins (customer_id, username_lower);
CREATE UNIQUE INDEX users_active_email_uq ON active_user_logins (customer_id, email_lower);

CREATE FUNCTION users_keep_active_logins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.is_active THEN
    IF TG_OP = 'UPDATE' AND NEW.is_active AND NEW.customer_id = OLD.customer_id
        AND LOWER(NEW.username) = LOWER(OLD.username)
        AND LOWER(NEW.email_addr) IS NOT DISTINCT FROM LOWER(OLD.email_addr) THEN
      RETURN NULL; -- still active under the same names: nothing to do
    END IF;
    DELETE FROM active_user_logins WHERE user_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.is_active THEN
    INSERT INTO active_user_logins (user_id, customer_id, username_lower, email_lower)
    VALUES (NEW.id, NEW.customer_id, LOWER(NEW.username), LOWER(NEW.email_addr));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER users_keep_active_logins
  AFTER INSERT OR DELETE OR UPDATE OF is_active, username, email_addr, customer_id ON users
  FOR EACH ROW EXECUTE FUNCTION users_keep_active_logins();
