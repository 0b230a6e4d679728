-- SLA-007: who an Incident is attributable to (operator, client, forceMajeure, thirdParty) and
-- why; every ticket so far is the operator's.
ALTER TABLE trouble_ticket ADD COLUMN responsibility TEXT NOT NULL DEFAULT 'operator';
ALTER TABLE trouble_ticket ADD COLUMN responsibility_reason TEXT NOT NULL DEFAULT '';
