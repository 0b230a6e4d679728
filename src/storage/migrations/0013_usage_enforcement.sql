-- Usage enforcement (issue 11 items 6 and 7). A session remembers the address its NAS sent from:
-- a CoA-Request or Disconnect-Request for its user goes there (RFC 5176).
ALTER TABLE usage_session ADD COLUMN nas_address TEXT NOT NULL DEFAULT '';
CREATE INDEX usage_session_user ON usage_session(user_name, last_event);

-- U-13: a line throttled for a month, and the state of telling its NAS. One row per episode: a
-- Volume Pack lifts it, and the raised cap reached again throttles the line anew.
CREATE TABLE usage_throttle (
  id {{pk}},
  product_id BIGINT NOT NULL REFERENCES product(id),
  user_name TEXT NOT NULL,
  month TEXT NOT NULL,  -- YYYY-MM (Europe/Brussels)
  state TEXT NOT NULL,
  profile TEXT NOT NULL,
  lift_profile TEXT NOT NULL,
  nas_address TEXT NOT NULL,
  session_id TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  next_attempt_at BIGINT NOT NULL,
  lifted_at BIGINT,
  last_error TEXT NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX usage_throttle_line ON usage_throttle(product_id, month);
CREATE INDEX usage_throttle_due ON usage_throttle(state, next_attempt_at);

-- U-14: the Volume Packs of a line and month, each with its charge for billing in arrears
-- (BIL-003; free above fair use, X-13).
CREATE TABLE usage_volume_pack (
  id {{pk}},
  product_id BIGINT NOT NULL REFERENCES product(id),
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  month TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  charge TEXT NOT NULL,  -- free or paid
  price_id TEXT NOT NULL,
  price_cents BIGINT NOT NULL,
  ordered_at BIGINT NOT NULL,
  ordered_by TEXT NOT NULL
);
CREATE INDEX usage_volume_pack_line ON usage_volume_pack(product_id, month);
