-- The work model: projects, tasks, issues, assignments, work items, hours, notes, documents,
-- templates, statuses, custom forms and access rules. Portable SQL for H2 2.x and PostgreSQL 15+.
-- Columns are the snake_case of the API field names (schema/FieldDef.snake); `value` is reserved
-- in H2, so CSTEM.value and POPT.value live in enum_value and option_value.

CREATE TABLE categories (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  cat_obj_code            VARCHAR(16) NOT NULL,
  group_id                VARCHAR(32) REFERENCES org_groups (id)
);

CREATE TABLE parameters (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  data_type               VARCHAR(8) NOT NULL,
  display_type            VARCHAR(16) NOT NULL,
  CONSTRAINT parameters_name_uq UNIQUE (customer_id, name)
);

CREATE TABLE category_parameters (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  category_id             VARCHAR(32) NOT NULL REFERENCES categories (id),
  parameter_id            VARCHAR(32) NOT NULL REFERENCES parameters (id),
  display_order           INTEGER,
  is_required             BOOLEAN,
  CONSTRAINT category_parameters_uq UNIQUE (category_id, parameter_id)
);
CREATE INDEX category_parameters_parameter_ix ON category_parameters (parameter_id);

CREATE TABLE parameter_options (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  parameter_id            VARCHAR(32) NOT NULL REFERENCES parameters (id),
  option_value            VARCHAR(255) NOT NULL,
  label                   VARCHAR(255),
  display_order           INTEGER,
  is_hidden               BOOLEAN,
  CONSTRAINT parameter_options_uq UNIQUE (parameter_id, option_value)
);

-- Custom-field values (internal type PVAL): one row per value; multi-valued fields have several.
CREATE TABLE custom_values (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  obj_id                  VARCHAR(32) NOT NULL,
  obj_obj_code            VARCHAR(16) NOT NULL,
  parameter_id            VARCHAR(32) NOT NULL REFERENCES parameters (id),
  text_value              VARCHAR(1000000),
  number_value            NUMERIC(19, 4),
  date_value              TIMESTAMP WITH TIME ZONE
);
CREATE INDEX custom_values_obj_ix ON custom_values (obj_id, parameter_id);
CREATE INDEX custom_values_parameter_ix ON custom_values (parameter_id);

CREATE TABLE templates (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  owner_id                VARCHAR(32) REFERENCES users (id),
  category_id             VARCHAR(32) REFERENCES categories (id)
);
CREATE INDEX templates_owner_ix ON templates (owner_id);

CREATE TABLE template_tasks (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  template_id             VARCHAR(32) NOT NULL REFERENCES templates (id),
  task_number             INTEGER NOT NULL,
  parent_id               VARCHAR(32) REFERENCES template_tasks (id),
  assigned_to_id          VARCHAR(32) REFERENCES users (id),
  role_id                 VARCHAR(32) REFERENCES roles (id),
  work                    DOUBLE PRECISION,
  duration                DOUBLE PRECISION,
  start_day               INTEGER,
  priority                INTEGER,
  CONSTRAINT template_tasks_number_uq UNIQUE (template_id, task_number)
);
CREATE INDEX template_tasks_parent_ix ON template_tasks (parent_id);
CREATE INDEX template_tasks_assigned_ix ON template_tasks (assigned_to_id);

CREATE TABLE projects (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  status                  VARCHAR(8) NOT NULL,
  priority                INTEGER,
  owner_id                VARCHAR(32) REFERENCES users (id),
  company_id              VARCHAR(32) REFERENCES companies (id),
  group_id                VARCHAR(32) REFERENCES org_groups (id),
  template_id             VARCHAR(32) REFERENCES templates (id) ON DELETE SET NULL,
  category_id             VARCHAR(32) REFERENCES categories (id),
  planned_start_date      TIMESTAMP WITH TIME ZONE,
  planned_completion_date TIMESTAMP WITH TIME ZONE,
  actual_start_date       TIMESTAMP WITH TIME ZONE,
  actual_completion_date  TIMESTAMP WITH TIME ZONE,
  percent_complete        DOUBLE PRECISION NOT NULL DEFAULT 0,
  work                    DOUBLE PRECISION,
  actual_work             DOUBLE PRECISION,
  currency                VARCHAR(8)
);
CREATE INDEX projects_customer_name_ix ON projects (customer_id, name);
CREATE INDEX projects_owner_ix ON projects (owner_id);

CREATE TABLE tasks (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  project_id              VARCHAR(32) NOT NULL REFERENCES projects (id),
  task_number             INTEGER NOT NULL,
  parent_id               VARCHAR(32) REFERENCES tasks (id),
  status                  VARCHAR(8) NOT NULL,
  percent_complete        DOUBLE PRECISION NOT NULL DEFAULT 0,
  priority                INTEGER,
  planned_start_date      TIMESTAMP WITH TIME ZONE,
  planned_completion_date TIMESTAMP WITH TIME ZONE,
  actual_start_date       TIMESTAMP WITH TIME ZONE,
  actual_completion_date  TIMESTAMP WITH TIME ZONE,
  assigned_to_id          VARCHAR(32) REFERENCES users (id),
  work                    DOUBLE PRECISION,
  actual_work             DOUBLE PRECISION,
  category_id             VARCHAR(32) REFERENCES categories (id),
  CONSTRAINT tasks_number_uq UNIQUE (project_id, task_number)
);
CREATE INDEX tasks_parent_ix ON tasks (parent_id);
CREATE INDEX tasks_assigned_ix ON tasks (assigned_to_id);
CREATE INDEX tasks_customer_status_ix ON tasks (customer_id, status);

CREATE TABLE issues (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  project_id              VARCHAR(32) NOT NULL REFERENCES projects (id),
  task_id                 VARCHAR(32) REFERENCES tasks (id),
  status                  VARCHAR(8) NOT NULL,
  priority                INTEGER,
  severity                INTEGER,
  op_task_type            VARCHAR(8) NOT NULL,
  percent_complete        DOUBLE PRECISION,
  planned_completion_date TIMESTAMP WITH TIME ZONE,
  actual_completion_date  TIMESTAMP WITH TIME ZONE,
  assigned_to_id          VARCHAR(32) REFERENCES users (id),
  owner_id                VARCHAR(32) REFERENCES users (id),
  work                    DOUBLE PRECISION,
  actual_work             DOUBLE PRECISION,
  category_id             VARCHAR(32) REFERENCES categories (id)
);
CREATE INDEX issues_project_ix ON issues (project_id);
CREATE INDEX issues_task_ix ON issues (task_id);
CREATE INDEX issues_assigned_ix ON issues (assigned_to_id);

CREATE TABLE assignments (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  task_id                 VARCHAR(32) REFERENCES tasks (id),
  op_task_id              VARCHAR(32) REFERENCES issues (id),
  project_id              VARCHAR(32) REFERENCES projects (id),
  assigned_to_id          VARCHAR(32) REFERENCES users (id),
  role_id                 VARCHAR(32) REFERENCES roles (id),
  team_id                 VARCHAR(32) REFERENCES teams (id),
  assigned_by_id          VARCHAR(32) REFERENCES users (id),
  assignment_percent      DOUBLE PRECISION,
  status                  VARCHAR(8) NOT NULL,
  is_primary              BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT assignments_task_user_uq UNIQUE (task_id, assigned_to_id),
  CONSTRAINT assignments_issue_user_uq UNIQUE (op_task_id, assigned_to_id)
);
CREATE INDEX assignments_issue_ix ON assignments (op_task_id);
CREATE INDEX assignments_user_ix ON assignments (assigned_to_id);
CREATE INDEX assignments_project_ix ON assignments (project_id);

CREATE TABLE work_items (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  assigned_to_id          VARCHAR(32) NOT NULL REFERENCES users (id),
  obj_obj_code            VARCHAR(8) NOT NULL,
  obj_id                  VARCHAR(32) NOT NULL,
  task_id                 VARCHAR(32) REFERENCES tasks (id),
  op_task_id              VARCHAR(32) REFERENCES issues (id),
  project_id              VARCHAR(32) REFERENCES projects (id),
  is_marked_as_done       BOOLEAN NOT NULL DEFAULT FALSE,
  marked_as_done_date     TIMESTAMP WITH TIME ZONE,
  last_viewed_date        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT work_items_uq UNIQUE (assigned_to_id, obj_id)
);
CREATE INDEX work_items_obj_ix ON work_items (obj_id);

-- Statuses (CSTEM): the built-in ones of every customer and custom ones equating with them.
CREATE TABLE custom_enums (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255),
  label                   VARCHAR(255),
  enum_value              VARCHAR(8) NOT NULL,
  enum_class              VARCHAR(32) NOT NULL,
  equates_with            VARCHAR(8) NOT NULL,
  color                   VARCHAR(16),
  description             VARCHAR(1000000),
  group_id                VARCHAR(32) REFERENCES org_groups (id),
  is_hidden               BOOLEAN,
  is_primary              BOOLEAN,
  value_as_int            INTEGER
);
CREATE INDEX custom_enums_class_ix ON custom_enums (customer_id, enum_class);

CREATE TABLE hour_types (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  scope                   VARCHAR(16) NOT NULL,
  is_active               BOOLEAN NOT NULL DEFAULT TRUE,
  is_built_in             BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT hour_types_name_uq UNIQUE (customer_id, name)
);

CREATE TABLE hours (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  owner_id                VARCHAR(32) NOT NULL REFERENCES users (id),
  hours                   DOUBLE PRECISION NOT NULL,
  task_id                 VARCHAR(32) REFERENCES tasks (id),
  op_task_id              VARCHAR(32) REFERENCES issues (id),
  project_id              VARCHAR(32) REFERENCES projects (id),
  hour_type_id            VARCHAR(32) REFERENCES hour_types (id),
  status                  VARCHAR(8) NOT NULL,
  description             VARCHAR(4000)
);
CREATE INDEX hours_task_ix ON hours (task_id);
CREATE INDEX hours_issue_ix ON hours (op_task_id);
CREATE INDEX hours_project_ix ON hours (project_id);
CREATE INDEX hours_owner_ix ON hours (owner_id, entry_date);
CREATE INDEX hours_type_ix ON hours (hour_type_id);

CREATE TABLE documents (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  name                    VARCHAR(255) NOT NULL,
  description             VARCHAR(1000000),
  doc_obj_code            VARCHAR(16) NOT NULL,
  obj_id                  VARCHAR(32) NOT NULL,
  project_id              VARCHAR(32) REFERENCES projects (id),
  task_id                 VARCHAR(32) REFERENCES tasks (id),
  op_task_id              VARCHAR(32) REFERENCES issues (id),
  owner_id                VARCHAR(32) REFERENCES users (id),
  -- no foreign key: a document and its current version refer to each other
  current_version_id      VARCHAR(32),
  category_id             VARCHAR(32) REFERENCES categories (id)
);
CREATE INDEX documents_obj_ix ON documents (obj_id);
CREATE INDEX documents_project_ix ON documents (project_id);

CREATE TABLE document_versions (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  document_id             VARCHAR(32) NOT NULL REFERENCES documents (id),
  version                 VARCHAR(64),
  file_name               VARCHAR(255),
  file_extension          VARCHAR(32),
  doc_size                INTEGER,
  format                  VARCHAR(255),
  -- where the bytes are in the content store; several copied versions may share one
  storage_key             VARCHAR(64)
);
CREATE INDEX document_versions_document_ix ON document_versions (document_id);
CREATE INDEX document_versions_storage_ix ON document_versions (storage_key);

-- Uploaded bytes waiting to become a document version (reference §5.3): a handle is used once,
-- unused ones expire; the bytes are in the content store under the handle.
CREATE TABLE uploads (
  handle                  VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  user_id                 VARCHAR(32) NOT NULL REFERENCES users (id),
  file_name               VARCHAR(255),
  content_type            VARCHAR(255),
  size_bytes              BIGINT NOT NULL,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX uploads_expiry_ix ON uploads (customer_id, expires_at);

CREATE TABLE notes (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  note_obj_code           VARCHAR(16) NOT NULL,
  obj_id                  VARCHAR(32) NOT NULL,
  project_id              VARCHAR(32) REFERENCES projects (id),
  task_id                 VARCHAR(32) REFERENCES tasks (id),
  op_task_id              VARCHAR(32) REFERENCES issues (id),
  document_id             VARCHAR(32) REFERENCES documents (id),
  owner_id                VARCHAR(32) NOT NULL REFERENCES users (id),
  note_text               VARCHAR(1000000) NOT NULL,
  parent_note_id          VARCHAR(32) REFERENCES notes (id),
  thread_id               VARCHAR(32)
);
CREATE INDEX notes_obj_ix ON notes (obj_id, entry_date);
CREATE INDEX notes_parent_ix ON notes (parent_note_id);
CREATE INDEX notes_owner_ix ON notes (owner_id);

CREATE TABLE note_tags (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  note_id                 VARCHAR(32) NOT NULL REFERENCES notes (id),
  obj_obj_code            VARCHAR(16) NOT NULL,
  obj_id                  VARCHAR(32) NOT NULL,
  user_id                 VARCHAR(32) REFERENCES users (id),
  team_id                 VARCHAR(32) REFERENCES teams (id),
  CONSTRAINT note_tags_uq UNIQUE (note_id, obj_id)
);
CREATE INDEX note_tags_user_ix ON note_tags (user_id);

CREATE TABLE access_rules (
  id                      VARCHAR(32) PRIMARY KEY,
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  entry_date              TIMESTAMP WITH TIME ZONE NOT NULL,
  entered_by_id           VARCHAR(32),
  last_update_date        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_updated_by_id      VARCHAR(32),
  security_obj_code       VARCHAR(16) NOT NULL,
  security_obj_id         VARCHAR(32) NOT NULL,
  accessor_obj_code       VARCHAR(16) NOT NULL,
  accessor_id             VARCHAR(32) NOT NULL,
  core_action             VARCHAR(16) NOT NULL,
  CONSTRAINT access_rules_uq UNIQUE (security_obj_id, accessor_id)
);
CREATE INDEX access_rules_accessor_ix ON access_rules (accessor_id);

-- WORK: tasks and issues as one type (reference §4.7, work/myWork), read-only.
CREATE VIEW work_view AS
  SELECT id, customer_id, entry_date, entered_by_id, last_update_date, last_updated_by_id,
         name, description, CAST('TASK' AS VARCHAR(8)) AS obj_obj_code, status,
         percent_complete, priority, planned_start_date, planned_completion_date, project_id,
         assigned_to_id, work, actual_work
    FROM tasks
  UNION ALL
  SELECT id, customer_id, entry_date, entered_by_id, last_update_date, last_updated_by_id,
         name, description, CAST('OPTASK' AS VARCHAR(8)) AS obj_obj_code, status,
         percent_complete, priority, CAST(NULL AS TIMESTAMP WITH TIME ZONE),
         planned_completion_date, project_id, assigned_to_id, work, actual_work
    FROM issues;
