-- Issue 11 item 1: how far the journal applier metered each accounting journal, written in the
-- same transaction as the volumes it metered (exactly once, across crashes).
CREATE TABLE usage_journal_cursor (
  journal_id TEXT PRIMARY KEY,
  segment BIGINT NOT NULL,
  byte_offset BIGINT NOT NULL
);
