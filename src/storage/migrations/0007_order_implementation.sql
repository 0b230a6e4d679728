-- The rest of the implementation phase on product orders: the Client's implementation
-- contacts (ORD-008, ORD-009), its Annex 1 site checklist (SITE-001 to SITE-008), quotes
-- (ORD-007, ORD-029, ORD-032), infrastructure works (ORD-025, ORD-028 to ORD-032), late
-- activation notices (ORD-034, ORD-035) and indoor coverage of mobile backup (CAT-088,
-- CAT-089). Days are 'YYYY-MM-DD' ('' when not set), instants epoch seconds, money cents.
ALTER TABLE product_order ADD COLUMN indoor_coverage TEXT NOT NULL DEFAULT 'notChecked';
ALTER TABLE product_order ADD COLUMN indoor_antennas INTEGER NOT NULL DEFAULT 0;
ALTER TABLE product_order ADD COLUMN indoor_antenna_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE product_order ADD COLUMN indoor_coverage_at BIGINT;

CREATE TABLE product_order_contact (
  order_id BIGINT NOT NULL REFERENCES product_order(id),
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  email TEXT NOT NULL,
  PRIMARY KEY (order_id, seq)
);

CREATE TABLE product_order_site_item (
  order_id BIGINT NOT NULL REFERENCES product_order(id),
  seq INTEGER NOT NULL,
  item TEXT NOT NULL,
  at BIGINT NOT NULL,
  user_id BIGINT,
  PRIMARY KEY (order_id, seq),
  UNIQUE (order_id, item)
);

CREATE TABLE product_order_quote (
  order_id BIGINT NOT NULL REFERENCES product_order(id),
  quote_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  amount_cents BIGINT NOT NULL,
  reason TEXT NOT NULL,
  target_activation_date TEXT NOT NULL,
  status TEXT NOT NULL,
  sent_at BIGINT NOT NULL,
  answered_at BIGINT,
  answered_by BIGINT,
  PRIMARY KEY (order_id, quote_id)
);

CREATE TABLE product_order_works (
  order_id BIGINT NOT NULL REFERENCES product_order(id),
  works_id INTEGER NOT NULL,
  location TEXT NOT NULL,
  performer TEXT NOT NULL,
  description TEXT NOT NULL,
  expected_completion TEXT NOT NULL,
  completed_at BIGINT,
  quote_id INTEGER NOT NULL,
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (order_id, works_id)
);

CREATE TABLE product_order_late_notice (
  order_id BIGINT NOT NULL REFERENCES product_order(id),
  seq INTEGER NOT NULL,
  missed_target TEXT NOT NULL,
  business_days_late INTEGER NOT NULL,
  reason TEXT NOT NULL,
  new_date TEXT NOT NULL,
  at BIGINT NOT NULL,
  user_id BIGINT,
  PRIMARY KEY (order_id, seq)
);
CREATE INDEX product_order_late_notice_target ON product_order_late_notice(order_id, missed_target);
CREATE INDEX product_order_target ON product_order(target_activation_date, id);
