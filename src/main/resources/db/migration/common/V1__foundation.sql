-- Foundation: the customer, people and their organisation, credentials, journal and outbox.
-- Portable SQL for H2 2.x and PostgreSQL 15+. Every object row carries customer_id and the audit
-- columns; columns are the snake_case of the API field names (schema/FieldDef.snake).

CREATE TABLE customers (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL,
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  domain                  VARCHAR(255),
  time_zone               VARCHAR(64),
  locale                  VARCHAR(32),
  currency                VARCHAR(8),
  standard_licenses       INTEGER NOT NULL DEFAULT 0,
  light_licenses          INTEGER NOT NULL DEFAULT 0,
  contributor_licenses    INTEGER NOT NULL DEFAULT 0,
  plan_licenses           INTEGER NOT NULL DEFAULT 0,
  work_licenses           INTEGER NOT NULL DEFAULT 0,
  review_licenses         INTEGER NOT NULL DEFAULT 0,
  request_licenses        INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT customers_domain_uq UNIQUE (domain)
);

CREATE TABLE access_levels (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  license_type            VARCHAR(32) NOT NULL,
  is_admin                BOOLEAN NOT NULL DEFAULT FALSE,
  is_read_only            BOOLEAN NOT NULL DEFAULT FALSE,
  rank                    INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT access_levels_name_uq UNIQUE (customer_id, name)
);

CREATE TABLE org_groups (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  parent_id               VARCHAR(32) REFERENCES org_groups (id)
);
CREATE INDEX org_groups_parent_ix ON org_groups (parent_id);

CREATE TABLE roles (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  billing_per_hour        NUMERIC(19, 4),
  cost_per_hour           NUMERIC(19, 4),
  max_users               INTEGER
);

CREATE TABLE companies (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  is_primary              BOOLEAN
);

CREATE TABLE teams (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  owner_id                VARCHAR(32)
);

CREATE TABLE users (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  first_name              VARCHAR(255) NOT NULL,
  last_name               VARCHAR(255) NOT NULL,
  username                VARCHAR(255) NOT NULL,
  email_addr              VARCHAR(255),
  password_hash           VARCHAR(1000),
  title                   VARCHAR(255),
  phone_number            VARCHAR(255),
  mobile_phone_number     VARCHAR(255),
  phone_extension         VARCHAR(255),
  my_info                 VARCHAR(4000),
  is_active               BOOLEAN NOT NULL DEFAULT TRUE,
  schedule_deactivation_date TIMESTAMP WITH TIME ZONE,
  actual_deactivation_date   TIMESTAMP WITH TIME ZONE,
  last_login_date         TIMESTAMP WITH TIME ZONE,
  login_count             INTEGER NOT NULL DEFAULT 0,
  access_level_id         VARCHAR(32) NOT NULL REFERENCES access_levels (id),
  company_id              VARCHAR(32) REFERENCES companies (id),
  manager_id              VARCHAR(32) REFERENCES users (id),
  home_group_id           VARCHAR(32) REFERENCES org_groups (id),
  home_team_id            VARCHAR(32) REFERENCES teams (id),
  role_id                 VARCHAR(32) REFERENCES roles (id),
  log_time_in_days        BOOLEAN,
  work_hours_per_day      DOUBLE PRECISION,
  work_time               DOUBLE PRECISION,
  fte                     DOUBLE PRECISION,
  billing_per_hour        NUMERIC(19, 4),
  cost_per_hour           NUMERIC(19, 4),
  ext_ref_id              VARCHAR(255),
  sso_username            VARCHAR(255),
  address                 VARCHAR(255),
  city                    VARCHAR(255),
  state                   VARCHAR(255),
  postal_code             VARCHAR(255),
  country                 VARCHAR(255),
  time_zone               VARCHAR(255),
  locale                  VARCHAR(255),
  failed_login_count      INTEGER NOT NULL DEFAULT 0,
  last_failed_login       TIMESTAMP WITH TIME ZONE,
  locked_until            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX users_customer_name_ix ON users (customer_id, name);
CREATE INDEX users_customer_username_ix ON users (customer_id, username);
CREATE INDEX users_access_level_ix ON users (access_level_id);
CREATE INDEX users_home_group_ix ON users (home_group_id);
CREATE INDEX users_manager_ix ON users (manager_id);
CREATE INDEX users_company_ix ON users (company_id);

ALTER TABLE teams ADD CONSTRAINT teams_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id);

CREATE TABLE team_members (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  team_id                 VARCHAR(32) NOT NULL REFERENCES teams (id),
  user_id                 VARCHAR(32) NOT NULL REFERENCES users (id),
  CONSTRAINT team_members_uq UNIQUE (team_id, user_id)
);
CREATE INDEX team_members_user_ix ON team_members (user_id);

CREATE TABLE user_groups (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  user_id                 VARCHAR(32) NOT NULL REFERENCES users (id),
  group_id                VARCHAR(32) NOT NULL REFERENCES org_groups (id),
  is_owner                BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT user_groups_uq UNIQUE (user_id, group_id)
);
CREATE INDEX user_groups_group_ix ON user_groups (group_id);

CREATE TABLE user_roles (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  user_id                 VARCHAR(32) NOT NULL REFERENCES users (id),
  role_id                 VARCHAR(32) NOT NULL REFERENCES roles (id),
  time_percentage         DOUBLE PRECISION,
  CONSTRAINT user_roles_uq UNIQUE (user_id, role_id)
);
CREATE INDEX user_roles_role_ix ON user_roles (role_id);

-- Credentials: only SHA-256 hashes of tokens are stored; the API key is also kept encrypted
-- (AES-GCM under the server secret, which never enters the database) so getApiKey can return it.
CREATE TABLE sessions (
  token_hash              VARCHAR(64) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  user_id                 VARCHAR(32) NOT NULL REFERENCES users (id),
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  absolute_expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sessions_user_ix ON sessions (user_id);

CREATE TABLE api_keys (
  key_hash                VARCHAR(64) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  user_id                 VARCHAR(32) NOT NULL REFERENCES users (id),
  key_sealed              VARCHAR(200) NOT NULL,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT api_keys_user_uq UNIQUE (user_id)
);

-- Field history (JRNLE), written in the same transaction as the change it records.
CREATE TABLE journal_entries (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  obj_obj_code            VARCHAR(16) NOT NULL,
  obj_id                  VARCHAR(32) NOT NULL,
  field_name              VARCHAR(255),
  change_type             VARCHAR(16) NOT NULL,
  old_text_val            VARCHAR(4000),
  new_text_val            VARCHAR(4000),
  old_date_val            TIMESTAMP WITH TIME ZONE,
  new_date_val            TIMESTAMP WITH TIME ZONE,
  old_number_val          DOUBLE PRECISION,
  new_number_val          DOUBLE PRECISION,
  source                  VARCHAR(16) NOT NULL,
  reason                  VARCHAR(4000)
);
CREATE INDEX journal_entries_obj_ix ON journal_entries (obj_id, entry_date);
CREATE INDEX journal_entries_customer_ix ON journal_entries (customer_id, entry_date);

-- Outbox: one row per committed create/edit/delete, claimed by dispatchers with SKIP LOCKED.
CREATE TABLE outbox (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  obj_code                VARCHAR(16) NOT NULL,
  obj_id                  VARCHAR(32) NOT NULL,
  event_type              VARCHAR(16) NOT NULL,
  actor_id                VARCHAR(32),
  payload                 VARCHAR(1000000) NOT NULL,
  dispatched_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_pending_ix ON outbox (dispatched_at, created_at);

-- Per-customer server state (e.g. when the demo organisation was loaded).
CREATE TABLE server_settings (
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  name                    VARCHAR(64) NOT NULL,
  setting_value           VARCHAR(4000),
  CONSTRAINT server_settings_pk PRIMARY KEY (customer_id, name)
);

-- One row once the first start has created the default customer: concurrent first starts of
-- several nodes on one database serialise on this primary key.
CREATE TABLE installation (
  id                      INTEGER PRIMARY KEY,
  default_customer_id     VARCHAR(32) NOT NULL REFERENCES customers (id),
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
