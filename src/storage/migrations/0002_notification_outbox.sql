-- The transactional outbox of customer notifications (see domain/notification).
CREATE TABLE notification (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  kind TEXT NOT NULL,
  reference TEXT NOT NULL,
  recipients TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  sent_at BIGINT,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notification_due ON notification(status, next_attempt_at);
CREATE INDEX notification_customer ON notification(customer_id, id);
