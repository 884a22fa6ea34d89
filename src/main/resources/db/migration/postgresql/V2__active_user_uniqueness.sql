-- One active user per username and per email (reference §7.2), as partial unique indexes.
CREATE UNIQUE INDEX users_active_username_uq ON users (customer_id, LOWER(username)) WHERE is_active;
CREATE UNIQUE INDEX users_active_email_uq ON users (customer_id, LOWER(email_addr)) WHERE is_active;
