-- U-13: at most one throttle of a line and month reduces its speed, even when two transactions
-- (the RADIUS listener's batch and a file import, say) reach the cap at once. The repository sets
-- in_force_month to the month while the domain's ReducesSpeed holds for the state, else NULL
-- (NULLs never collide), so the rule stays in the domain and the index only enforces it.
ALTER TABLE usage_throttle ADD COLUMN in_force_month TEXT;
-- Rows written before this migration: the states that reduced the speed when it was written.
UPDATE usage_throttle SET in_force_month = month WHERE state IN ('pending', 'applied', 'disconnected', 'unreachable');
CREATE UNIQUE INDEX usage_throttle_in_force ON usage_throttle(product_id, in_force_month);
