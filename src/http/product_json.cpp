#include "http/product_json.h"

#include "http/customer_json.h"
#include "http/tmf620_json.h"

namespace bizline::http {
namespace {

json Characteristic(const std::string& name, const std::string& value_type, json value) {
  return {{"name", name}, {"valueType", value_type}, {"value", std::move(value)}};
}

json PortsJson(const std::vector<OpenPort>& ports) {
  json out = json::array();
  for (const OpenPort& p : ports) out.push_back({{"port", p.port}, {"protocol", p.protocol}, {"service", p.service}});
  return out;
}

json CharacteristicsJson(const Product& p) {
  json c = json::array();
  if (p.speed) {
    c.push_back(Characteristic("downloadSpeedMbps", "integer", p.speed->down_mbps));
    c.push_back(Characteristic("uploadSpeedMbps", "integer", p.speed->up_mbps));
  }
  c.push_back(Characteristic("cpeType", "string", std::string(ToString(p.cpe.type))));
  c.push_back(Characteristic("cpeSerialNumber", "string", p.cpe.serial));
  c.push_back(Characteristic("wifi", "string", std::string(ToString(p.wifi))));
  c.push_back(Characteristic("openPorts", "array", PortsJson(p.open_ports)));
  c.push_back(Characteristic("reservedPorts", "array", p.reserved_ports));
  c.push_back(Characteristic("mailboxCount", "integer", p.mailboxes.count));
  if (p.mailboxes.count > 0) c.push_back(Characteristic("mailboxSizeGb", "integer", p.mailboxes.size_gb));
  c.push_back(Characteristic("managedFirewall", "string", std::string(ToString(p.managed_firewall))));
  c.push_back(Characteristic("mobileBackup", "string", std::string(ToString(p.mobile_backup))));
  c.push_back(Characteristic("slaTier", "string", p.sla_tier));
  const LineAddressing& a = p.addressing;
  c.push_back(Characteristic("ipv4Addressing", "string", std::string(ToString(a.ipv4_mode))));
  if (!a.ipv4_address.empty()) c.push_back(Characteristic("ipv4Address", "string", a.ipv4_address));
  c.push_back(Characteristic("ipv6Addressing", "string", std::string(ToString(a.ipv6_mode))));
  if (!a.ipv6_prefix.empty()) c.push_back(Characteristic("ipv6Prefix", "string", a.ipv6_prefix));
  if (!a.ip_pack_ipv4_block.empty()) c.push_back(Characteristic("ipPackIpv4Block", "string", a.ip_pack_ipv4_block));
  if (!a.ip_pack_ipv6_prefix.empty()) c.push_back(Characteristic("ipPackIpv6Prefix", "string", a.ip_pack_ipv6_prefix));
  if (!a.ip_pack_ipv6_gateway.empty()) {
    c.push_back(Characteristic("ipPackIpv6Gateway", "string", a.ip_pack_ipv6_gateway));
  }
  if (a.ripe_pending_block_size > 0) {
    c.push_back(Characteristic("ripe488PendingBlockSize", "integer", a.ripe_pending_block_size));
  }
  c.push_back(Characteristic("initialTermMonths", "integer", p.initial_term_months));
  return c;
}

}  // namespace

json ProductToJson(const Product& p) {
  std::string id = std::to_string(p.id.value());
  json options = json::array();
  for (const std::string& option : p.options) {
    options.push_back({{"id", option}, {"href", std::string(kProductCatalogBase) + "/productOffering/" + option}});
  }
  json product{
      {"id", id},
      {"href", std::string(kProductBase) + "/" + id},
      {"@type", "Product"},
      {"name", p.name},
      {"status", std::string(ToString(p.status))},
      {"isBundle", false},
      {"isCustomerVisible", true},
      {"startDate", FormatInstant(p.contract_start)},  // CON-007: the activation date
      {"productOffering",
       {{"id", p.formula},
        {"name", p.name},
        {"href", std::string(kProductCatalogBase) + "/productOffering/" + p.formula}}},
      {"productCharacteristic", CharacteristicsJson(p)},
      {"relatedParty",
       json::array(
           {{{"id", std::to_string(p.customer_id.value())}, {"role", "customer"}, {"@referredType", "Customer"}}})},
      {"place", json::array({{{"id", std::to_string(p.site_id.value())},
                              {"role", "installationSite"},
                              {"@referredType", "GeographicSite"}}})},
      {"productOrderItem", json::array({{{"productOrderId", p.order_ref},
                                         {"orderItemId", "1"},
                                         {"orderItemAction", "add"},
                                         {"@referredType", "ProductOrder"}}})},
      {"productTerm", json::array({{{"name", "initialTerm"},
                                    {"description", "CON-008: the Initial Period from Service activation"},
                                    {"duration", {{"amount", p.initial_term_months}, {"units", "month"}}},
                                    {"validFor",
                                     {{"startDateTime", FormatInstant(p.contract_start)},
                                      {"endDateTime", FormatInstant(p.initial_term_end)}}}}})},
      {"optionOffering", options},
  };
  if (p.terminated_at) product["terminationDate"] = FormatInstant(*p.terminated_at);
  return product;
}

Result<ProductFilter> ProductFilterFromQuery(const Request& request) {
  ProductFilter filter;
  if (auto status = request.Query("status")) {
    auto parsed = ParseProductStatus(*status);
    if (!parsed) return Error::Invalid("status", "must be active or terminated");
    filter.status = *parsed;
  }
  if (auto formula = request.Query("productOffering.id")) filter.formula = *formula;
  auto id_param = [&](const char* name) -> Result<std::optional<std::int64_t>> {
    auto text = request.Query(name);
    if (!text) return std::optional<std::int64_t>();
    try {
      std::size_t used = 0;
      long long value = std::stoll(*text, &used);
      if (used != text->size() || value < 1) throw std::invalid_argument(name);
      return std::optional<std::int64_t>(value);
    } catch (const std::exception&) {
      return Error::Invalid(name, "must be a positive whole number");
    }
  };
  auto customer = id_param("relatedParty.id");
  if (!customer) return customer.error();
  if (*customer) filter.customer = CustomerId(**customer);
  auto site = id_param("place.id");
  if (!site) return site.error();
  if (*site) filter.site = SiteId(**site);
  return filter;
}

}  // namespace bizline::http
