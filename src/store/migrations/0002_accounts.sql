-- Issue 3: accounts, sign-in throttling and session states (policy R44, R45, R53, R54).
-- users.active and users.training_completed_on are projections of user.disabled/user.enabled
-- and user.training_recorded events; the rest are operational (not part of the record).
ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN training_completed_on TEXT;

-- must_change: an administrator reset the password; the user chooses a new one at next sign-in.
ALTER TABLE credentials ADD COLUMN must_change INTEGER NOT NULL DEFAULT 0;

-- locked: "Lock screen" (R45) - the session lives on but shows nothing until the password is
-- given again. password_expired: only the change-password page is open to this session.
ALTER TABLE sessions ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN password_expired INTEGER NOT NULL DEFAULT 0;

-- Failed sign-ins per account name ("account:TENANT:username", whether or not the account
-- exists, so a lock reveals nothing) and per client address ("address:TENANT:ip").
CREATE TABLE login_throttle (
  throttle_key TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  failures INTEGER NOT NULL,
  last_failure_at TEXT NOT NULL,
  locked_until TEXT
);
