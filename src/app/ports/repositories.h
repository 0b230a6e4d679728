// Storage ports. A use case opens a Transaction, works through its repositories and commits;
// dropping an uncommitted Transaction rolls it back. After a repository call fails, the
// transaction is spent (PostgreSQL aborts it): drop it, and begin a new one to go on. Implementations live in
// src/storage/ and translate driver errors into ErrorCodes (a unique violation becomes kAlreadyExists).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/page.h"
#include "domain/core/result.h"
#include "domain/identity/user.h"
#include "domain/inventory/firewall_change.h"
#include "domain/inventory/product.h"
#include "domain/ipam/ip_block.h"
#include "domain/ipam/ipam_config.h"
#include "domain/notification/notification.h"
#include "domain/ordering/order.h"
#include "domain/party/customer.h"
#include "domain/ticketing/escalation.h"
#include "domain/ticketing/ticket.h"

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
  virtual Status MarkAttemptFailed(NotificationId id, int attempts, Instant next_attempt_at, NotificationStatus status,
                                   const std::string& error) = 0;
  virtual Result<Page<Notification>> ListForCustomer(CustomerId customer, PageRequest page) = 0;
  // Claims up to `limit` due notifications for one sender: they stay pending but are not due again
  // before `lease_until`, so a sender that dies mid-way leaves them to be retried, never lost.
  // PostgreSQL locks the rows FOR UPDATE SKIP LOCKED, so concurrent senders claim disjoint batches.
  virtual Result<std::vector<Notification>> Claim(Instant now, int limit, Instant lease_until) = 0;
};

// Trouble tickets with their notes, status history, Stop-Clock periods and attachments.
enum class BreachFilter { kBreached, kNotBreached };
// kByDue: earliest expected resolution first, tickets without one last (the work queue).
enum class TicketOrder { kById, kByDue, kByDueDescending };

struct TicketFilter {
  std::optional<CustomerId> only;  // set for a customer representative: the tenant boundary
  std::optional<TicketStatus> status;
  std::optional<Priority> priority;
  std::optional<std::string> ticket_type;
  std::optional<std::string> severity;
  std::optional<Channel> channel;
  std::optional<std::string> external_id;
  std::optional<std::string> product_ref;  // the affected line
  std::optional<BreachFilter> breached;    // marked by the breach watch or not
  std::optional<Instant> due_before;       // expected resolution strictly before
  TicketOrder order = TicketOrder::kById;
};

class TicketRepository {
 public:
  virtual ~TicketRepository() = default;
  // Stores the ticket with its notes, history and Stop-Clock periods (attachments go separately).
  virtual Result<TicketId> Insert(const Ticket& ticket) = 0;
  virtual Status AssignNumber(TicketId id, const std::string& number) = 0;
  // Writes the ticket row and bumps its version, appends the notes, status changes and Stop-Clock
  // periods added since `ticket` was read, and closes a period it closed. kAborted when
  // `ticket.version` is no longer the stored one (a concurrent change won); nothing is written.
  virtual Status Update(const Ticket& ticket) = 0;
  virtual Result<Ticket> Get(TicketId id) = 0;
  virtual Result<Page<Ticket>> List(const TicketFilter& filter, PageRequest page) = 0;
  virtual Result<AttachmentId> InsertAttachment(TicketId ticket, const AttachmentInfo& info,
                                                const std::string& content) = 0;
  virtual Result<std::string> AttachmentContent(TicketId ticket, AttachmentId attachment) = 0;
  // For the SLA breach watch: open tickets (acknowledged, inProgress) whose expected resolution
  // is at or before `now` and that are not marked breached yet, oldest due first.
  virtual Result<std::vector<Ticket>> PastDue(Instant now, int limit) = 0;
  // Sets breached_at = `due` once, and only while the ticket is still open with that expected
  // resolution: false when a concurrent watch marked it first, or a concurrent change resolved
  // it, put it on hold or moved its deadline after PastDue read it. Update() never clears it.
  virtual Result<bool> MarkBreached(TicketId id, Instant due) = 0;
};

// Escalation steps of tickets (ESC, T-17) and the general-outage links they are judged on (U-29).
class EscalationRepository {
 public:
  virtual ~EscalationRepository() = default;
  // Fails with kAlreadyExists when the ticket already reached `step.to_level` (a racing request).
  virtual Result<std::int64_t> Insert(const EscalationStep& step) = 0;
  virtual Result<std::vector<EscalationStep>> Steps(TicketId ticket) = 0;
  // How many distinct customers the tickets linked to `parent` belong to.
  virtual Result<int> LinkedCustomerCount(TicketId parent) = 0;
};

// The product inventory: active and terminated lines (TMF637).
struct ProductFilter {
  std::optional<CustomerId> only;  // set for a customer representative: the tenant boundary
  std::optional<CustomerId> customer;
  std::optional<SiteId> site;
  std::optional<ProductStatus> status;
  std::optional<std::string> formula;
};

class ProductRepository {
 public:
  virtual ~ProductRepository() = default;
  virtual Result<ProductId> Insert(const Product& product) = 0;
  virtual Status UpdateAddressing(ProductId id, const LineAddressing& addressing) = 0;
  // Only an active product; sets the CPE's return date too (CAT-045). FailedPrecondition when
  // it is not active (terminated concurrently).
  virtual Status MarkTerminated(ProductId id, Instant at, Instant cpe_return_due) = 0;
  // Rewrites what an option change alters: options, speed, wifi, mobile backup, SLA tier and
  // addressing. Only an active product (FailedPrecondition otherwise).
  virtual Status UpdateLine(const Product& product) = 0;
  // Holds the product's row until the transaction ends (PostgreSQL: FOR UPDATE; SQLite's write
  // transactions already run one at a time), so two changes of one line never interleave.
  virtual Status Lock(ProductId id) = 0;
  virtual Result<Product> Get(ProductId id) = 0;
  virtual Result<Page<Product>> List(const ProductFilter& filter, PageRequest page) = 0;
  // Managed-firewall change requests of a line (CAT-072..CAT-076), oldest first.
  virtual Result<std::int64_t> InsertFirewallChange(const FirewallChangeRequest& request) = 0;
  virtual Result<std::vector<FirewallChangeRequest>> FirewallChangesOf(ProductId product) = 0;
};

// RIPE-488 requests (IP-008) by status; `only` is the tenant boundary for a representative.
struct RipeFilter {
  std::optional<CustomerId> only;
  std::optional<RipeStatus> status;
  std::optional<ProductId> product;
};

// IPAM: pools carved into blocks; allocation never hands a block to two products, also under
// concurrent transactions (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one writer at a time).
class IpamRepository {
 public:
  virtual ~IpamRepository() = default;
  virtual Result<std::vector<AddressPool>> Pools() = 0;
  // Records the pool and inserts its blocks that do not exist yet; returns how many were added.
  virtual Result<std::int64_t> SeedPool(const AddressPool& pool) = 0;
  // Hands a block of the pool to `product`: the lowest never-used one, else the lowest whose
  // quarantine is over at `now`; FailedPrecondition when none is.
  virtual Result<IpBlock> Allocate(const std::string& pool_id, ProductId product, Instant now) = 0;
  // Puts every block of the product in quarantine until `reusable_at`.
  virtual Result<int> Release(ProductId product, Instant at, Instant reusable_at) = 0;
  virtual Result<std::vector<IpBlock>> BlocksOf(ProductId product) = 0;
  virtual Result<std::vector<IpBlock>> Blocks(const std::string& pool_id) = 0;
  virtual Result<std::int64_t> InsertRipeRequest(const RipeRequest& request) = 0;
  virtual Result<std::vector<RipeRequest>> RipeRequestsOf(ProductId product) = 0;
  // IP-008: `count` adjacent blocks of the pool, together aligned on their total size, handed to
  // `product` as one CIDR block; FailedPrecondition when no such run is allocatable at `now`.
  virtual Result<std::vector<IpBlock>> AllocateAligned(const std::string& pool_id, std::size_t count, ProductId product,
                                                       Instant now) = 0;
  // IP-006: puts the given blocks of `product` in quarantine until `reusable_at`; NotFound when
  // one of them is not allocated to it.
  virtual Status ReleaseBlocks(ProductId product, const std::vector<std::int64_t>& block_ids, Instant at,
                               Instant reusable_at) = 0;
  virtual Result<RipeRequest> GetRipeRequest(std::int64_t id) = 0;
  virtual Result<Page<RipeRequest>> ListRipeRequests(const RipeFilter& filter, PageRequest page) = 0;
  // Records the decision of a pending request; FailedPrecondition when it is no longer pending.
  virtual Status ResolveRipeRequest(const RipeRequest& request) = 0;
};

// Product orders (TMF622) with their options and milestone history.
struct OrderFilter {
  std::optional<CustomerId> only;  // set for a customer representative: the tenant boundary
  std::optional<OrderState> state;
  std::optional<OrderMilestone> milestone;
  std::optional<std::string> external_id;
  std::optional<std::string> formula;
  std::optional<CivilDay> late_on;  // ORD-034: past their target activation date on that day, not activated
};

class OrderRepository {
 public:
  virtual ~OrderRepository() = default;
  // Stores the order with its options and history; the stored version is 1.
  virtual Result<OrderId> Insert(const ProductOrder& order) = 0;
  // Rewrites the order's row and appends the history entries not stored yet. Fails with
  // kFailedPrecondition when `order.version` is not the stored one (a concurrent change won).
  virtual Status Update(const ProductOrder& order) = 0;
  virtual Result<ProductOrder> Get(OrderId id) = 0;
  virtual Result<Page<ProductOrder>> List(const OrderFilter& filter, PageRequest page) = 0;
  // ORD-034: late orders (as OrderFilter::late_on) with no late notice for their current target
  // date yet, by id.
  virtual Result<std::vector<OrderId>> LateUnannounced(CivilDay today, int limit) = 0;
};

enum class TxMode { kRead, kWrite };

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual CustomerRepository& customers() = 0;
  virtual UserRepository& users() = 0;
  virtual NotificationRepository& notifications() = 0;
  virtual OrderRepository& orders() = 0;
  virtual TicketRepository& tickets() = 0;
  virtual ProductRepository& products() = 0;
  virtual IpamRepository& ipam() = 0;
  virtual EscalationRepository& escalations() = 0;
  virtual Status Commit() = 0;
};

class Storage {
 public:
  virtual ~Storage() = default;
  virtual Result<std::unique_ptr<Transaction>> Begin(TxMode mode) = 0;
};

}  // namespace bizline
