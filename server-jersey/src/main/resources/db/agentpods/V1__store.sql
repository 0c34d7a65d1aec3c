-- The control plane's state (issue 7), one schema for PostgreSQL and for H2 in its PostgreSQL
-- mode. Each kind of record has a table: its id, the version of the write that last put it, the
-- record as JSON in `data`, and the natural columns that carry its unique constraints (the
-- domain checks them first; these are a second line of defence). What must not be at rest in
-- clear is never in `data`: a pod's environment variables and MCP configuration are sealed
-- under the server key in `sealed`; an idempotency record's answer is already sealed under a
-- key only its caller holds.

-- One row, locked (SELECT ... FOR UPDATE) by every write until it commits: writes are
-- serialized across every server sharing the database, which is what keeps max_pods exact.
-- `version` counts committed writes; a server's in-memory copy of the state knows
-- which version it holds and reads the `changes` after it. Changes at or below
-- `pruned_version` are gone: a copy older than that loads everything again. `key_check` is a
-- fixed text sealed under the server key, so a server started with another key fails at once.
CREATE TABLE store_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL,
  pruned_version BIGINT NOT NULL,
  key_check BYTEA
);
INSERT INTO store_meta (id, version, pruned_version) VALUES (1, 0, 0);

-- The last number each sequence handed out (runner ids, API key ids, pod order, SSH ports).
CREATE TABLE sequences (
  name TEXT PRIMARY KEY,
  last_number BIGINT NOT NULL
);

-- What each write changed, in order: a record put (`data`, and `sealed` where its table has
-- it), a record deleted (`data` null), or a sequence moved (kind `sequence`, `data` the value).
CREATE TABLE changes (
  version BIGINT NOT NULL,
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  data TEXT,
  sealed BYTEA,
  PRIMARY KEY (version, ordinal)
);

CREATE TABLE orgs (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL
);

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE
);

CREATE TABLE runners (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL,
  uuid TEXT NOT NULL UNIQUE
);

CREATE TABLE pods (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL,
  sealed BYTEA,
  org TEXT NOT NULL,
  client_id TEXT,
  UNIQUE (org, client_id)
);

CREATE TABLE squads (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL,
  issue_prefix TEXT NOT NULL UNIQUE
);

CREATE TABLE agents (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE approvals (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL
);

CREATE TABLE agent_keys (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE
);

CREATE TABLE issues (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL
);

-- `id` is the email in lower case, as users are found.
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL,
  token_hash TEXT UNIQUE
);

CREATE TABLE idempotency_records (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  data TEXT NOT NULL,
  sealed BYTEA NOT NULL
);
