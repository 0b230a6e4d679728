// A Storage that forwards to a real one but fails on demand after a use case has written: the
// outbox refuses the notification that follows a change, or the commit itself fails. Proves
// that a failure after the write leaves nothing behind (the transaction rolls back).
#pragma once

#include <memory>

#include "app/notification/ports.h"

namespace bizline::testing {

enum class PlantedFailure { kNone, kEnqueue, kCommit };

class FaultyStorage final : public Storage {
 public:
  explicit FaultyStorage(Storage& real) : real_(real) {}
  void Plant(PlantedFailure failure) { failure_ = failure; }

  Result<std::unique_ptr<Transaction>> Begin(TxMode mode) override {
    auto tx = real_.Begin(mode);
    if (!tx) return tx.error();
    return std::unique_ptr<Transaction>(new FaultyTransaction(std::move(*tx), failure_));
  }

 private:
  static Error Planted() { return Error::Unavailable("planted failure"); }

  class FailingOutbox final : public NotificationRepository {
   public:
    explicit FailingOutbox(NotificationRepository& real) : real_(real) {}
    Result<NotificationId> Enqueue(const Notification&) override { return Planted(); }
    Result<std::vector<Notification>> Due(Instant now, int limit) override { return real_.Due(now, limit); }
    Status MarkSent(NotificationId id, Instant at) override { return real_.MarkSent(id, at); }
    Status MarkAttemptFailed(NotificationId id, int attempts, Instant next, NotificationStatus status,
                             const std::string& error) override {
      return real_.MarkAttemptFailed(id, attempts, next, status, error);
    }
    Result<Page<Notification>> ListForCustomer(CustomerId customer, PageRequest page) override {
      return real_.ListForCustomer(customer, page);
    }
    Result<std::vector<OutboxCount>> CountByChannelAndStatus() override { return real_.CountByChannelAndStatus(); }
    Result<std::vector<Notification>> Claim(Instant now, int limit, Instant lease_until,
                                            std::span<const NotificationChannel> channels) override {
      return real_.Claim(now, limit, lease_until, channels);
    }

   private:
    NotificationRepository& real_;
  };

  class FaultyTransaction final : public Transaction {
   public:
    FaultyTransaction(std::unique_ptr<Transaction> real, PlantedFailure failure)
        : real_(std::move(real)), failure_(failure), outbox_(Notifications(*real_)) {}

   protected:
    void* Find(std::type_index port) override {
      if (failure_ == PlantedFailure::kEnqueue && port == std::type_index(typeid(NotificationRepository))) {
        return &outbox_;
      }
      return FindIn(*real_, port);
    }

   public:
    Status Commit() override { return failure_ == PlantedFailure::kCommit ? Status(Planted()) : real_->Commit(); }

   private:
    std::unique_ptr<Transaction> real_;
    PlantedFailure failure_;
    FailingOutbox outbox_;
  };

  Storage& real_;
  PlantedFailure failure_ = PlantedFailure::kNone;
};

}  // namespace bizline::testing
