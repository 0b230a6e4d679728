-- U-12, USE-011: a notification goes by e-mail (recipients: addresses) or by SMS (recipients: one
-- E.164 number). Every notification before this one was an e-mail.
ALTER TABLE notification ADD COLUMN channel TEXT NOT NULL DEFAULT 'email';
