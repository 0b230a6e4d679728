// The product inventory in SQL. Lists of options and ports are stored as short text columns
// ("25/tcp/MAIL,80/tcp/WEB"): they are read and written with the product, never queried.
#pragma once

#include "app/inventory/ports.h"

namespace soci {
class session;
}

namespace bizline {

class SociProductRepository final : public ProductRepository {
 public:
  explicit SociProductRepository(soci::session& session) : sql_(session) {}

  Result<ProductId> Insert(const Product& product) override;
  Status UpdateAddressing(ProductId id, const LineAddressing& addressing) override;
  Status MarkTerminated(ProductId id, Instant at, Instant cpe_return_due) override;
  Status UpdateLine(const Product& product) override;
  Status Lock(ProductId id) override;
  Result<Product> Get(ProductId id) override;
  Result<Page<Product>> List(const ProductFilter& filter, PageRequest page) override;
  Result<Product> FindByRadiusUserName(const std::string& user_name) override;
  Status ForEachLine(const std::function<Status(const Product&)>& visit) override;
  Status SetRadiusUserName(ProductId id, const std::string& user_name) override;
  Result<std::int64_t> InsertFirewallChange(const FirewallChangeRequest& request) override;
  Result<std::vector<FirewallChangeRequest>> FirewallChangesOf(ProductId product) override;

 private:
  soci::session& sql_;
};

}  // namespace bizline
