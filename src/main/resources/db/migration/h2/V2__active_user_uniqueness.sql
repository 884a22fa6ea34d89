-- One active user per username and per email (reference §7.2). H2 has no partial indexes: index
-- generated columns that are NULL for inactive users (NULLs never collide in a unique index).
ALTER TABLE users ADD COLUMN active_username VARCHAR(255)
  GENERATED ALWAYS AS (CASE WHEN is_active THEN LOWER(username) END);
ALTER TABLE users ADD COLUMN active_email VARCHAR(255)
  GENERATED ALWAYS AS (CASE WHEN is_active THEN LOWER(email_addr) END);
CREATE UNIQUE INDEX users_active_username_uq ON users (customer_id, active_username);
CREATE UNIQUE INDEX users_active_email_uq ON users (customer_id, active_email);
