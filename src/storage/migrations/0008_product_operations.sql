-- The active line after activation: termination with the CPE's return (CAT-045, X-33), the first
-- configuration backup (ORD-013, CFG-014), resolved RIPE-488 requests (IP-008, IP-009) and
-- managed-firewall change requests (CAT-072..CAT-076).
ALTER TABLE product ADD COLUMN first_config_backup_at BIGINT;
ALTER TABLE product ADD COLUMN cpe_return_due BIGINT;

ALTER TABLE ripe_request ADD COLUMN resolved_at BIGINT;
ALTER TABLE ripe_request ADD COLUMN resolved_by BIGINT;
ALTER TABLE ripe_request ADD COLUMN rejection_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE ripe_request ADD COLUMN allocated_block TEXT NOT NULL DEFAULT '';
CREATE INDEX ripe_request_status ON ripe_request(status, id);
CREATE INDEX ripe_request_product ON ripe_request(product_id);

-- charge: free during the first 7 days after activation, chargeable afterwards (CAT-076);
-- price_item/amount_cents: the CAT-076 price-list item when one is configured.
CREATE TABLE firewall_change_request (
  id {{pk}},
  product_id BIGINT NOT NULL REFERENCES product(id),
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  description TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('email', 'myproximus')),
  requested_by BIGINT,
  created_at BIGINT NOT NULL,
  charge TEXT NOT NULL CHECK (charge IN ('free', 'chargeable')),
  price_item TEXT NOT NULL,
  amount_cents BIGINT
);
CREATE INDEX firewall_change_product ON firewall_change_request(product_id, id);
