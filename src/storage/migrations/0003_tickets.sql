-- Trouble tickets (TMF621) with notes, status history, Stop-Clock periods and attachments.
-- Instants are UTC epoch seconds. `number` is set right after insert from the id ("BZ-2026-000123").
-- `breached_at` is written by the SLA breach watch; `parent_ticket_id` links a customer ticket to
-- its general-outage parent (U-29).
CREATE TABLE trouble_ticket (
  id {{pk}},
  number TEXT UNIQUE,
  customer_id BIGINT REFERENCES customer(id),
  reporter_id BIGINT REFERENCES representative(id),
  product_ref TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  severity TEXT NOT NULL,
  ticket_type TEXT NOT NULL,
  external_id TEXT NOT NULL,
  priority TEXT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  status_change_reason TEXT NOT NULL,
  sla_formula TEXT NOT NULL,
  sla_tier TEXT NOT NULL,
  estimated_business_days INTEGER,
  created_at BIGINT NOT NULL,
  last_update BIGINT NOT NULL,
  status_change_date BIGINT NOT NULL,
  expected_resolution BIGINT,
  resolution_date BIGINT,
  requested_resolution BIGINT,
  acknowledged_at BIGINT,
  breached_at BIGINT,
  parent_ticket_id BIGINT REFERENCES trouble_ticket(id)
);
CREATE INDEX trouble_ticket_customer ON trouble_ticket(customer_id, id);
CREATE INDEX trouble_ticket_open_due ON trouble_ticket(status, expected_resolution);

CREATE TABLE ticket_note (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES trouble_ticket(id),
  author TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX ticket_note_ticket ON ticket_note(ticket_id, id);

CREATE TABLE ticket_status_change (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES trouble_ticket(id),
  status TEXT NOT NULL,
  reason TEXT NOT NULL,
  changed_at BIGINT NOT NULL
);
CREATE INDEX ticket_status_change_ticket ON ticket_status_change(ticket_id, id);

CREATE TABLE ticket_stop_clock (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES trouble_ticket(id),
  reason TEXT NOT NULL,
  start_at BIGINT NOT NULL,
  end_at BIGINT
);
CREATE INDEX ticket_stop_clock_ticket ON ticket_stop_clock(ticket_id, id);

-- Content is base64 text so that one column type carries it on both SQLite and PostgreSQL.
CREATE TABLE ticket_attachment (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES trouble_ticket(id),
  name TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  content TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX ticket_attachment_ticket ON ticket_attachment(ticket_id, id);
