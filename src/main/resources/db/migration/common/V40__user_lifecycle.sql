-- User lifecycle (issue 5): who deactivated a user, the zone and author of a scheduled
-- deactivation, tombstones of deleted users, user-administration rights of access levels, and
-- the ShedLock table that lets several nodes run each scheduled job once.

ALTER TABLE users ADD COLUMN deactivated_by_id VARCHAR(32) REFERENCES users (id);
ALTER TABLE users ADD COLUMN schedule_deactivation_zone VARCHAR(64);
ALTER TABLE users ADD COLUMN schedule_deactivation_by_id VARCHAR(32) REFERENCES users (id);
-- A deleted user with history stays as a tombstone (reference §7.5): same ID, personal data
-- wiped, so every reference in the history stays valid.
ALTER TABLE users ADD COLUMN deleted_date TIMESTAMP WITH TIME ZONE;

-- The scheduled-deactivation job finds due users by this index.
CREATE INDEX users_schedule_deactivation_ix ON users (schedule_deactivation_date);
-- Licence counting: active users per access level of one customer.
CREATE INDEX users_customer_level_active_ix ON users (customer_id, access_level_id, is_active);

-- NONE, GROUP_USERS (users of the holder's groups) or ALL_USERS (reference §7.7).
ALTER TABLE access_levels ADD COLUMN user_admin VARCHAR(16) DEFAULT 'NONE' NOT NULL;

-- ShedLock's JDBC provider (net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider).
CREATE TABLE shedlock (
  name                    VARCHAR(64) PRIMARY KEY,
  lock_until              TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_by               VARCHAR(255) NOT NULL
);
