-- Usage metering (issue 11): the accounting sessions followed per NAS and Acct-Session-Id, and
-- the volume counted per RADIUS user and Brussels day (kept by User-Name, so the volume of a user
-- no line carries yet is kept and listed as unmatched, never dropped). Counters and volumes are
-- bytes; a BIGINT holds them up to 9.2 exabytes.
CREATE TABLE usage_session (
  nas TEXT NOT NULL,
  session_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  input_octets BIGINT NOT NULL,
  output_octets BIGINT NOT NULL,
  last_event BIGINT NOT NULL,
  last_status TEXT NOT NULL,
  is_open INTEGER NOT NULL,
  PRIMARY KEY (nas, session_id)
);
CREATE INDEX usage_session_open ON usage_session(is_open, last_event);

CREATE TABLE usage_daily (
  user_name TEXT NOT NULL,
  day TEXT NOT NULL,  -- YYYY-MM-DD in Europe/Brussels
  bytes BIGINT NOT NULL,
  PRIMARY KEY (user_name, day)
);
CREATE INDEX usage_daily_day ON usage_daily(day);

-- Every line carries its RADIUS User-Name, unique (NULL only while a line is being provisioned).
-- Lines provisioned before metering get the default name provisioning gives (DefaultRadiusUserName).
ALTER TABLE product ADD COLUMN radius_user_name TEXT;
UPDATE product SET radius_user_name = 'line-' || CAST(id AS TEXT) || '@bizline';
CREATE UNIQUE INDEX product_radius_user_name ON product(radius_user_name);

-- U-12: the 80 % and 100 % notices of a line, once per threshold and month.
CREATE TABLE usage_notice (
  product_id BIGINT NOT NULL REFERENCES product(id),
  month TEXT NOT NULL,  -- YYYY-MM
  threshold INTEGER NOT NULL,
  notified_at BIGINT NOT NULL,
  PRIMARY KEY (product_id, month, threshold)
);
