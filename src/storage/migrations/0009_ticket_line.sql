-- A ticket names its affected line (DESK-028): when the line's SLA tier changes, its open
-- tickets are found by the line and follow it. The work queue sorts by due instant.
CREATE INDEX trouble_ticket_product ON trouble_ticket(product_ref);
CREATE INDEX trouble_ticket_due ON trouble_ticket(expected_resolution, id);
