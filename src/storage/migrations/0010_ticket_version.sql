-- Optimistic concurrency for tickets: an update names the version it read and bumps it, so of
-- two concurrent changes of one ticket the second is refused instead of silently lost. Existing
-- tickets start at version 1.
ALTER TABLE trouble_ticket ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
