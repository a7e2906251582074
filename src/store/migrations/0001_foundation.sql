-- Portable DDL for both backends (SQLite and PostgreSQL). Instants are RFC 3339 UTC text,
-- flags are 0/1 integers. Every table is keyed by tenant so the schema distributes by tenant.

CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- The hash-chained journal (docs/journal-format.md). Append-only: triggers refuse change.
CREATE TABLE journal (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  seq BIGINT NOT NULL,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  type TEXT NOT NULL,
  payload_sha256 TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);

-- Payloads stand beside the chain so that content lawfully disposed of can one day be removed
-- while the chain still verifies (SPEC §2 principle 2). Today nothing removes them.
CREATE TABLE journal_payloads (
  tenant_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  payload TEXT NOT NULL,
  PRIMARY KEY (tenant_id, seq),
  FOREIGN KEY (tenant_id, seq) REFERENCES journal(tenant_id, seq)
);

-- Projections: current state, written in the same transaction as the events they come from.
CREATE TABLE teams (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE users (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  id TEXT NOT NULL,
  username TEXT NOT NULL,
  full_name TEXT NOT NULL,
  role TEXT NOT NULL,
  team_id TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, username)
);

CREATE TABLE children (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  date_of_birth TEXT,
  local_child_id TEXT NOT NULL,
  status TEXT NOT NULL,
  team_id TEXT NOT NULL,
  allocated_worker_id TEXT,
  opened_at TEXT NOT NULL,
  referral_received_on TEXT NOT NULL,
  referral_source TEXT NOT NULL,
  referral_reason TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams(tenant_id, id)
);
CREATE INDEX children_by_name ON children (tenant_id, name_key);

CREATE TABLE people (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  phone TEXT,
  email TEXT,
  address TEXT,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE child_people (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  relationship TEXT NOT NULL,
  lives_in_home INTEGER NOT NULL,
  parental_responsibility INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES people(tenant_id, id)
);
CREATE INDEX child_people_by_child ON child_people (tenant_id, child_id);

CREATE TABLE entries (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  practitioner_id TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  late INTEGER NOT NULL,
  significant INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
CREATE INDEX entries_by_child ON entries (tenant_id, child_id, occurred_at);

-- Operational tables: not part of the record, so not journaled (docs/architecture.md).
CREATE TABLE credentials (
  tenant_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  active INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, user_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id)
);

-- Sessions (web pages) and bearer tokens (API); only the SHA-256 of a token is stored.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id)
);
CREATE INDEX sessions_by_user ON sessions (tenant_id, user_id);
