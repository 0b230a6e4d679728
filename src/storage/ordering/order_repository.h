// Product orders in SQL: one row per order (rush fields inline), its options and their
// characteristics in child tables, and the append-only milestone history; the implementation
// contacts, site checklist, quotes, works and late notices in child tables rewritten on update.
#pragma once

#include "app/ordering/ports.h"

namespace soci {
class session;
}

namespace bizline {

class SociOrderRepository final : public OrderRepository {
 public:
  explicit SociOrderRepository(soci::session& session) : sql_(session) {}

  Result<OrderId> Insert(const ProductOrder& order) override;
  Status Update(const ProductOrder& order) override;
  Result<ProductOrder> Get(OrderId id) override;
  Result<Page<ProductOrder>> List(const OrderFilter& filter, PageRequest page) override;
  Result<std::vector<OrderId>> LateUnannounced(CivilDay today, int limit) override;

 private:
  Result<std::vector<ProductOrder>> Select(const std::string& where_order_limit,
                                           const std::vector<std::pair<std::string, std::string>>& text_bindings,
                                           const std::vector<std::pair<std::string, long long>>& int_bindings);
  Status LoadChildren(ProductOrder& order);
  Status InsertEvents(const ProductOrder& order, std::size_t from);
  Status WriteOptions(const ProductOrder& order);
  Status WriteDetails(const ProductOrder& order);
  Status LoadDetails(ProductOrder& order);
  soci::session& sql_;
};

}  // namespace bizline
