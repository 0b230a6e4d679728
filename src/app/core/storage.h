// The storage port every capability shares: a Transaction is one unit of work (a database
// session with its BEGIN and its COMMIT); dropping an uncommitted Transaction rolls it back.
// After a repository call fails the transaction is spent (PostgreSQL aborts it): drop it and
// begin a new one to go on.
//
// There is no list of repositories here. Each capability declares its repository interfaces in
// its own app/<capability>/ports.h with an accessor (`Tickets(tx)`), and its storage slice
// provides the implementation made from the transaction's session (see
// storage/core/repository_factories.h). Adding a repository therefore edits no shared header.
#pragma once

#include <memory>
#include <typeindex>
#include <typeinfo>

#include "domain/core/result.h"

namespace bizline {

enum class TxMode { kRead, kWrite };

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual Status Commit() = 0;

  // The transaction's repository of interface `Port`, made on first use from this session.
  template <class Port>
  Port& Repository() {
    return *static_cast<Port*>(Find(std::type_index(typeid(Port))));
  }

 protected:
  // Never null: the storage aborts on a port no capability provides (a wiring defect, found by
  // the first test that touches it), as it cannot be an input error.
  virtual void* Find(std::type_index port) = 0;
  // For a Transaction that wraps another (a test's fault injector) and forwards to it.
  static void* FindIn(Transaction& inner, std::type_index port) { return inner.Find(port); }
};

class Storage {
 public:
  virtual ~Storage() = default;
  virtual Result<std::unique_ptr<Transaction>> Begin(TxMode mode) = 0;
};

}  // namespace bizline
