-- Service Credit claims (issue 13 item 3; SLA-010, SLA-011). `period` is YYYY-MM for a
-- restoration month, YYYY for an availability year; `found_month` the month the breach was found
-- in (X-45). The eligibility columns hold what was computed when filed, then what was approved.
CREATE TABLE credit_claim (
  id {{pk}},
  product_id BIGINT NOT NULL REFERENCES product(id),
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  kind TEXT NOT NULL,
  period TEXT NOT NULL,
  found_month TEXT NOT NULL,
  state TEXT NOT NULL,
  filed_at BIGINT NOT NULL,
  filed_by TEXT NOT NULL,
  deadline TEXT NOT NULL,  -- SLA-011, YYYY-MM-DD
  rate_bp BIGINT NOT NULL,
  rule TEXT NOT NULL,
  reason TEXT NOT NULL,
  monthly_fee_cents BIGINT NOT NULL,
  amount_cents BIGINT NOT NULL,
  decided_at BIGINT,
  decided_by TEXT NOT NULL,
  refusal_reason TEXT NOT NULL,
  version INTEGER NOT NULL,
  -- The period while the domain's HoldsBreach(state) holds, else NULL: the unique index lets one
  -- claim per line and breach be pending or approved (SLA-044), even across concurrent requests.
  holding_period TEXT
);
CREATE UNIQUE INDEX credit_claim_holding ON credit_claim(product_id, kind, holding_period);
CREATE INDEX credit_claim_customer ON credit_claim(customer_id, state);

-- Approved Service Credits waiting for an invoice: the invoice run (issue 12) bills each once as a
-- negative line and sets invoice_ref.
CREATE TABLE service_credit (
  id {{pk}},
  claim_id BIGINT NOT NULL UNIQUE REFERENCES credit_claim(id),
  product_id BIGINT NOT NULL REFERENCES product(id),
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  kind TEXT NOT NULL,
  period TEXT NOT NULL,
  rule TEXT NOT NULL,
  rate_bp BIGINT NOT NULL,
  monthly_fee_cents BIGINT NOT NULL,
  amount_cents BIGINT NOT NULL,
  approved_at BIGINT NOT NULL,
  invoice_ref TEXT
);
CREATE INDEX service_credit_unbilled ON service_credit(customer_id, invoice_ref);
