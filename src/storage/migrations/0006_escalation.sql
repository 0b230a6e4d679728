-- Escalation steps of trouble tickets (ESC, T-17). A ticket's level is its highest to_level (0
-- when it has no step); levels only go up, so (ticket_id, to_level) is unique, which also makes
-- two racing requests for the same step collide. Contacts are the ones exchanged at the step
-- (ESC-005, ESC-022); operator_* is the T-17 contact of the new level (ESC-014..ESC-021).
CREATE TABLE ticket_escalation (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES trouble_ticket(id),
  from_level INTEGER NOT NULL,
  to_level INTEGER NOT NULL,
  trigger_kind TEXT NOT NULL,
  requested_by BIGINT,
  requester_role TEXT NOT NULL,
  requester_name TEXT NOT NULL,
  requester_email TEXT NOT NULL,
  requester_phone TEXT NOT NULL,
  channel TEXT NOT NULL,
  reason TEXT NOT NULL,
  operator_contact TEXT NOT NULL,
  operator_phone TEXT NOT NULL,
  handler_name TEXT NOT NULL,
  handler_email TEXT NOT NULL,
  handler_phone TEXT NOT NULL,
  requested_at BIGINT NOT NULL,
  UNIQUE (ticket_id, to_level)
);
CREATE INDEX trouble_ticket_parent ON trouble_ticket(parent_ticket_id);
