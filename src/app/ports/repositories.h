// Storage ports. A use case opens a Transaction, works through its repositories and commits;
// dropping an uncommitted Transaction rolls it back. After a repository call fails, the
// transaction is spent (PostgreSQL aborts it): drop it, and begin a new one to go on. Implementations live in src/storage/ and
// translate driver errors into ErrorCodes (a unique violation becomes kAlreadyExists).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/page.h"
#include "domain/core/result.h"
#include "domain/identity/user.h"
#include "domain/notification/notification.h"
#include "domain/party/customer.h"

namespace bizline {

struct CustomerFilter {
  std::optional<CustomerId> only;  // set for a customer representative: the tenant boundary
  std::optional<std::string> name;
  std::optional<CustomerStatus> status;
};

class CustomerRepository {
 public:
  virtual ~CustomerRepository() = default;
  virtual Result<CustomerId> Insert(const Customer& customer) = 0;
  virtual Status Update(const Customer& customer) = 0;
  virtual Result<Customer> Get(CustomerId id) = 0;
  virtual Result<Page<Customer>> List(const CustomerFilter& filter, PageRequest page) = 0;
  virtual Result<std::int64_t> Count() = 0;

  virtual Result<SiteId> InsertSite(const Site& site) = 0;
  virtual Result<std::vector<Site>> Sites(CustomerId customer) = 0;
  virtual Result<RepresentativeId> InsertRepresentative(const Representative& representative) = 0;
  virtual Result<std::vector<Representative>> Representatives(CustomerId customer) = 0;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual Result<UserId> Insert(const User& user) = 0;
  virtual Result<User> Get(UserId id) = 0;
  virtual Result<User> FindByEmail(const std::string& email) = 0;

  virtual Status InsertSession(const AuthSession& session) = 0;
  virtual Result<AuthSession> FindSession(const std::string& token_hash) = 0;
  virtual Status DeleteSession(const std::string& token_hash) = 0;
  virtual Status DeleteExpiredSessions(Instant now) = 0;
};

// The transactional outbox: Enqueue in the same transaction as the change it reports.
class NotificationRepository {
 public:
  virtual ~NotificationRepository() = default;
  virtual Result<NotificationId> Enqueue(const Notification& notification) = 0;
  // Pending notifications whose next attempt is due, oldest first.
  virtual Result<std::vector<Notification>> Due(Instant now, int limit) = 0;
  virtual Status MarkSent(NotificationId id, Instant at) = 0;
  // Records a failed attempt; `status` stays kPending while retries remain, else kFailed.
  virtual Status MarkAttemptFailed(NotificationId id, int attempts, Instant next_attempt_at,
                                   NotificationStatus status, const std::string& error) = 0;
  virtual Result<Page<Notification>> ListForCustomer(CustomerId customer, PageRequest page) = 0;
};

enum class TxMode { kRead, kWrite };

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual CustomerRepository& customers() = 0;
  virtual UserRepository& users() = 0;
  virtual NotificationRepository& notifications() = 0;
  virtual Status Commit() = 0;
};

class Storage {
 public:
  virtual ~Storage() = default;
  virtual Result<std::unique_ptr<Transaction>> Begin(TxMode mode) = 0;
};

}  // namespace bizline
