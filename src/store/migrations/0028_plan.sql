-- R24 (and R20: the record holds the child's plan): the child's plans, their goals, the actions
-- that serve the goals (who will do what by when, every version kept) and the review meetings.
-- Projected from the plan.* events (features/plan/plan_events.cc); nothing is updated but the
-- current row of a plan (ended) and of an action (changed), whose every version stays in
-- plan_action_versions and in the journal.
CREATE TABLE plans (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  started_on TEXT NOT NULL,
  started_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  ended_on TEXT,
  end_reason TEXT,
  ended_by TEXT,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
-- The child's plans (the Plan tab, the plan in force in the header, "started or ended since").
CREATE INDEX plans_by_child ON plans (tenant_id, child_id, started_on);

CREATE TABLE plan_goals (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT,
  added_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans(tenant_id, id)
);
CREATE INDEX plan_goals_by_plan ON plan_goals (tenant_id, plan_id, recorded_at);

-- The current version of each action; owner_user_id is set when the child's worker owns it.
CREATE TABLE plan_actions (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  goal_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  description TEXT NOT NULL,
  owner_kind TEXT NOT NULL,
  owner_person_id TEXT,
  owner_user_id TEXT,
  owner_name TEXT NOT NULL,
  owner_role TEXT,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,
  done_on TEXT,
  version INTEGER NOT NULL,
  review_id TEXT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans(tenant_id, id)
);
CREATE INDEX plan_actions_by_plan ON plan_actions (tenant_id, plan_id, due_on);
-- Overdue actions of a record (the Overview) and of a team's records (joined from children by team).
CREATE INDEX plan_actions_by_child_due ON plan_actions (tenant_id, child_id, status, due_on);
-- Overdue actions a worker owns.
CREATE INDEX plan_actions_by_owner_due ON plan_actions (tenant_id, owner_user_id, status, due_on);

-- Every version of every action (R24: an action marked done or changed by a review; principle 1).
CREATE TABLE plan_action_versions (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  action_id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  description TEXT NOT NULL,
  owner_name TEXT NOT NULL,
  owner_role TEXT,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,
  done_on TEXT,
  review_id TEXT,
  changed_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX plan_action_versions_by_action ON plan_action_versions (tenant_id, action_id, version);

-- R24: review meetings. Attendees, views and progress are JSON lists (canonical text).
CREATE TABLE plan_reviews (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  held_on TEXT NOT NULL,
  attendees TEXT NOT NULL,
  views TEXT NOT NULL,
  progress TEXT NOT NULL,
  decisions TEXT NOT NULL,
  next_steps TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans(tenant_id, id)
);
CREATE INDEX plan_reviews_by_plan ON plan_reviews (tenant_id, plan_id, held_on);
