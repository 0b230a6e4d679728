// Builds the object graph the commands share: storage, clock, crypto and the use cases.
#pragma once

#include <memory>
#include <string>

#include "app/auth_service.h"
#include "app/customer_service.h"
#include "storage/soci_storage.h"

namespace bizline {

struct Wiring {
  std::unique_ptr<SociStorage> storage;
  SystemClock clock;
  SodiumCrypto crypto;
  std::unique_ptr<AuthService> auth;
  std::unique_ptr<CustomerService> customers;
};

// Opens the database, applies pending migrations and builds the use cases.
Result<std::unique_ptr<Wiring>> Wire(const std::string& db_url, std::size_t pool_size);

}  // namespace bizline
