-- Product inventory (TMF637 active lines) and IPAM (address pools carved into blocks).
-- An address is never handed out twice: blocks of one pool are carved disjoint and pools are
-- checked disjoint (domain/ipam), each block exists once (UNIQUE family, block_key), a block row
-- holds at most one product, and at most one live assignment per block (partial unique index).
CREATE TABLE product (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  site_id BIGINT NOT NULL REFERENCES site(id),
  order_ref TEXT NOT NULL,
  formula TEXT NOT NULL,
  name TEXT NOT NULL,
  options TEXT NOT NULL,
  status TEXT NOT NULL,
  speed_down_mbps INTEGER,
  speed_up_mbps INTEGER,
  cpe_type TEXT NOT NULL,
  cpe_serial TEXT NOT NULL,
  wifi TEXT NOT NULL,
  open_ports TEXT NOT NULL,
  reserved_ports TEXT NOT NULL,
  mailbox_count INTEGER NOT NULL,
  mailbox_size_gb INTEGER NOT NULL,
  managed_firewall TEXT NOT NULL,
  mobile_backup TEXT NOT NULL,
  sla_tier TEXT NOT NULL,
  ipv4_mode TEXT NOT NULL,
  ipv4_address TEXT NOT NULL,
  ipv6_mode TEXT NOT NULL,
  ipv6_prefix TEXT NOT NULL,
  ip_pack_ipv4_block TEXT NOT NULL,
  ip_pack_ipv6_prefix TEXT NOT NULL,
  ip_pack_ipv6_gateway TEXT NOT NULL,
  ripe_pending_block_size INTEGER NOT NULL,
  contract_start BIGINT NOT NULL,
  initial_term_months INTEGER NOT NULL CHECK (initial_term_months > 0),
  initial_term_end BIGINT NOT NULL,
  terminated_at BIGINT
);
CREATE INDEX product_customer ON product(customer_id, id);

-- The configured pools as they were seeded; a pool's range never changes under its id.
CREATE TABLE ip_pool (
  id TEXT PRIMARY KEY,
  purpose TEXT NOT NULL,
  family TEXT NOT NULL,
  range_cidr TEXT NOT NULL,
  block_length INTEGER NOT NULL
);

-- One row per carved block. state: free, allocated (product_id set) or quarantined (released,
-- reusable from reusable_at).
CREATE TABLE ip_block (
  id {{pk}},
  pool_id TEXT NOT NULL REFERENCES ip_pool(id),
  family TEXT NOT NULL,
  block_key BIGINT NOT NULL,
  cidr TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('free', 'allocated', 'quarantined')),
  product_id BIGINT REFERENCES product(id),
  reusable_at BIGINT,
  UNIQUE (family, block_key),
  UNIQUE (cidr),
  CHECK ((state = 'allocated') = (product_id IS NOT NULL))
);
CREATE INDEX ip_block_pick ON ip_block(pool_id, state, block_key);
CREATE INDEX ip_block_product ON ip_block(product_id);

-- Who held which block when; the live row of a block is the one not yet released.
CREATE TABLE ip_assignment (
  id {{pk}},
  block_id BIGINT NOT NULL REFERENCES ip_block(id),
  product_id BIGINT NOT NULL REFERENCES product(id),
  allocated_at BIGINT NOT NULL,
  released_at BIGINT
);
CREATE UNIQUE INDEX ip_assignment_live ON ip_assignment(block_id) WHERE released_at IS NULL;
CREATE INDEX ip_assignment_product ON ip_assignment(product_id);

-- IP-008: an IP Pack above /27 is not allocated automatically; the RIPE-488 request waits here.
CREATE TABLE ripe_request (
  id {{pk}},
  product_id BIGINT NOT NULL REFERENCES product(id),
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  block_size INTEGER NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
