-- Product orders (TMF622) through the implementation phase (ORD-003 to ORD-049).
-- Days are 'YYYY-MM-DD' Brussels civil days ('' when not set); instants are epoch seconds;
-- money is integer cents. `version` guards against concurrent state changes.
CREATE TABLE product_order (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  site_id BIGINT NOT NULL REFERENCES site(id),
  external_id TEXT NOT NULL,
  formula TEXT NOT NULL,
  wifi TEXT NOT NULL,
  initial_term_months BIGINT,
  technology TEXT NOT NULL,
  sla_tier TEXT NOT NULL,
  compatible_line INTEGER NOT NULL,
  milestone TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  target_activation_date TEXT NOT NULL,
  appointment_at BIGINT,
  activated_at BIGINT,
  completed_at BIGINT,
  product_id BIGINT,
  rush_requested_rfs TEXT NOT NULL,
  rush_feasibility_due TEXT NOT NULL,
  rush_feasibility TEXT NOT NULL,
  rush_refusal_reason TEXT NOT NULL,
  rush_answered_at BIGINT,
  rush_delay_cause TEXT NOT NULL,
  rush_fee_decision TEXT NOT NULL,
  rush_fee_cents BIGINT NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX product_order_customer ON product_order(customer_id, id);
CREATE INDEX product_order_state ON product_order(state, id);

CREATE TABLE product_order_option (
  order_id BIGINT NOT NULL REFERENCES product_order(id),
  position INTEGER NOT NULL,
  option_id TEXT NOT NULL,
  PRIMARY KEY (order_id, position)
);

CREATE TABLE product_order_characteristic (
  order_id BIGINT NOT NULL REFERENCES product_order(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  int_value BIGINT,
  text_value TEXT,
  PRIMARY KEY (order_id, position, name)
);

CREATE TABLE product_order_event (
  order_id BIGINT NOT NULL REFERENCES product_order(id),
  seq INTEGER NOT NULL,
  milestone TEXT NOT NULL,
  at BIGINT NOT NULL,
  user_id BIGINT,
  note TEXT NOT NULL,
  PRIMARY KEY (order_id, seq)
);
