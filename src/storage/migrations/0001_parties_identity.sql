-- Parties (customers, sites, authorised representatives) and identity (users, sessions).
-- Instants are UTC epoch seconds; {{pk}} is the dialect's auto-increment primary key.
CREATE TABLE customer (
  id {{pk}},
  name TEXT NOT NULL,
  enterprise_number TEXT NOT NULL UNIQUE,
  street TEXT NOT NULL,
  post_code TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL,
  employees INTEGER NOT NULL CHECK (employees > 9),
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE site (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  name TEXT NOT NULL,
  street TEXT NOT NULL,
  post_code TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL
);
CREATE INDEX site_customer ON site(customer_id);

CREATE TABLE representative (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customer(id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL,
  role TEXT NOT NULL,
  UNIQUE (customer_id, email)
);

CREATE TABLE app_user (
  id {{pk}},
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  customer_id BIGINT REFERENCES customer(id),
  password_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE auth_session (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES app_user(id),
  expires_at BIGINT NOT NULL
);
CREATE INDEX auth_session_expiry ON auth_session(expires_at);
