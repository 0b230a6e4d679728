#include "http/inventory/product_json.h"

#include "app/inventory/ports.h"
#include "app/ipam/ports.h"
#include "domain/calendar/iso8601.h"
#include "domain/core/time_text.h"
#include "domain/inventory/line_record.h"
#include "domain/ipam/ripe.h"
#include "http/catalog/tmf620_json.h"

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

json CharacteristicsJson(const Product& p, const std::optional<std::string>& service_window) {
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
  if (!p.radius_user_name.empty()) c.push_back(Characteristic("radiusUserName", "string", p.radius_user_name));
  if (service_window) c.push_back(Characteristic("serviceWindow", "string", *service_window));  // U-05, T-15
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
  // The line record (ORD-013, ORD-014, ORD-017, ORD-021, CAT-045, CAT-049, CAT-081).
  c.push_back(Characteristic("activationDate", "dateTime", FormatInstant(p.contract_start)));  // ORD-021, CON-007
  c.push_back(Characteristic("routerSuppliedBy", "string", std::string(ToString(RouterSupplyOf(p)))));  // ORD-017
  if (auto placement = Ipv4PlacementOf(p); placement != Ipv4Placement::kNone) {
    c.push_back(Characteristic("ipv4AddressLoadedInto", "string", std::string(ToString(placement))));  // ORD-014
  }
  if (p.mobile_backup == ComponentState::kIncluded) {
    c.push_back(Characteristic("fixedIpv4OnMobileBackup", "boolean", FixedIpv4OnMobileBackup(p)));  // CAT-081
  }
  if (p.first_config_backup_at) {
    c.push_back(Characteristic("firstConfigurationBackup", "dateTime", FormatInstant(*p.first_config_backup_at)));
  }
  c.push_back(Characteristic("cpeCustody", "string", std::string(ToString(CpeCustodyOf(p)))));  // CAT-045
  if (p.cpe_return_due) c.push_back(Characteristic("cpeReturnDue", "dateTime", FormatInstant(*p.cpe_return_due)));
  return c;
}

json CpeResource(const Product& p) {
  json cpe{{"id", p.cpe.serial},
           {"name", p.cpe.type == CpeType::kRouter ? "router" : "modem"},
           {"@referredType", "CustomerPremisesEquipment"},
           {"custody", std::string(ToString(CpeCustodyOf(p)))}};
  if (p.cpe_return_due) cpe["returnDue"] = FormatInstant(*p.cpe_return_due);
  return cpe;
}

Result<CharacteristicValue> CharacteristicValueOf(const json& value, const std::string& field) {
  if (value.is_number_integer()) return CharacteristicValue(value.get<std::int64_t>());
  if (value.is_string()) return CharacteristicValue(value.get<std::string>());
  return Error::Invalid(field, "must be a whole number or a string");
}

}  // namespace

json ProductToJson(const Product& p, const std::optional<std::string>& service_window) {
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
      {"productCharacteristic", CharacteristicsJson(p, service_window)},
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
  product["realizingResource"] = json::array({CpeResource(p)});
  return product;
}

json FirewallChangeToJson(const FirewallChangeRequest& r) {
  json out{{"id", std::to_string(r.id)},
           {"href", std::string(kProductBase) + "/" + std::to_string(r.product.value()) + "/firewallChangeRequest"},
           {"@type", "FirewallChangeRequest"},
           {"product", {{"id", std::to_string(r.product.value())}}},
           {"description", r.description},
           {"channel", std::string(ToString(r.channel))},
           {"channelAddress", std::string(ChannelAddress(r.channel))},  // CAT-075
           {"creationDate", FormatInstant(r.created_at)},
           {"charge", std::string(ToString(r.charge))}};  // CAT-076
  if (!r.price_item.empty()) out["priceItem"] = r.price_item;
  if (r.amount) out["amount"] = {{"unit", "EUR"}, {"valueCents", r.amount->value()}};
  if (r.charge == ChangeCharge::kChargeable && !r.amount) {
    out["priceNote"] = "chargeable at the Price List in force (CAT-076)";
  }
  return out;
}

json RipeRequestToJson(const RipeRequest& r) {
  std::string id = std::to_string(r.id);
  json out{{"id", id},
           {"href", std::string(kRipeRequestBase) + "/" + id},
           {"@type", "RipeRequest"},
           {"product",
            {{"id", std::to_string(r.product.value())},
             {"href", std::string(kProductBase) + "/" + std::to_string(r.product.value())}}},
           {"relatedParty", {{"id", std::to_string(r.customer.value())}, {"role", "customer"}}},
           {"blockSize", r.block_size},
           {"status", std::string(ToString(r.status))},
           {"creationDate", FormatInstant(r.created_at)},
           // IP-009: where RIPE-488 and RIPE-489 are found.
           {"forms",
            {{"request", "RIPE-488"},
             {"instructions", "RIPE-489"},
             {"url", std::string(kRipeFormsUrl)},
             {"guidance", std::string(kRipeFormsGuidance)}}}};
  if (r.resolved_at) out["resolutionDate"] = FormatInstant(*r.resolved_at);
  if (!r.rejection_reason.empty()) out["rejectionReason"] = r.rejection_reason;
  if (!r.allocated_block.empty()) out["allocatedBlock"] = r.allocated_block;
  return out;
}

Result<std::optional<Instant>> TerminationFromJson(const json& body) {
  TRY(RejectUnknownMembers(body, {"status", "terminationDate"}));
  auto status = RequiredString(body, "status");
  if (!status) return status.error();
  if (*status != "terminated") {
    return Error::Invalid("status", "a product can only be PATCHed to status terminated, not '" + *status + "'");
  }
  ASSIGN_OR_RETURN(auto date, OptionalString(body, "terminationDate"));
  if (!date) return std::optional<Instant>();
  ASSIGN_OR_RETURN(auto at, ParseIso8601(*date, "terminationDate"));
  return std::optional<Instant>(at);
}

Result<OptionRequest> OptionRequestFromJson(const json& body) {
  TRY(RejectUnknownMembers(body, {"option", "requestedReadyForService"}));
  OptionRequest request;
  ASSIGN_OR_RETURN(auto rfs, OptionalString(body, "requestedReadyForService"));
  request.requested_ready_for_service = rfs;
  if (!body.contains("option") || !body["option"].is_object()) {
    return Error::Invalid("option", "give the option to add as an object with its id", "ORD-002");
  }
  const json& option = body["option"];
  TRY(RejectUnknownMembers(option, {"id", "characteristics"}, "option."));
  auto id = RequiredString(option, "id", "option.");
  if (!id) return id.error();
  request.option.id = *id;
  if (option.contains("characteristics")) {
    if (!option["characteristics"].is_object()) {
      return Error::Invalid("option.characteristics", "must be an object of name: value");
    }
    for (const auto& [name, value] : option["characteristics"].items()) {
      ASSIGN_OR_RETURN(auto parsed, CharacteristicValueOf(value, "option.characteristics." + name));
      request.option.characteristics.emplace(name, parsed);
    }
  }
  return request;
}

Result<std::vector<RenumberTarget>> RenumberTargetsFromJson(const json& body) {
  TRY(RejectUnknownMembers(body, {"targets"}));
  if (!body.contains("targets") || !body["targets"].is_array()) {
    return Error::Invalid("targets", "give an array of fixedIpv4 and/or ipPack", "IP-006");
  }
  std::vector<RenumberTarget> targets;
  for (std::size_t i = 0; i < body["targets"].size(); ++i) {
    const json& item = body["targets"][i];
    auto parsed = item.is_string() ? ParseRenumberTarget(item.get<std::string>()) : std::nullopt;
    if (!parsed) {
      return Error::Invalid("targets[" + std::to_string(i) + "]", "must be fixedIpv4 or ipPack", "IP-006");
    }
    targets.push_back(*parsed);
  }
  return targets;
}

Result<std::pair<RipeStatus, std::string>> RipeDecisionFromJson(const json& body) {
  TRY(RejectUnknownMembers(body, {"status", "rejectionReason"}));
  auto status = RequiredString(body, "status");
  if (!status) return status.error();
  auto parsed = ParseRipeStatus(*status);
  if (!parsed || *parsed == RipeStatus::kPending) {
    return Error::Invalid("status", "must be approved or rejected, not '" + *status + "'", "IP-008");
  }
  ASSIGN_OR_RETURN(auto reason, OptionalString(body, "rejectionReason"));
  return std::pair{*parsed, reason.value_or("")};
}

Result<RipeFilter> RipeFilterFromQuery(const Request& request) {
  TRY(OnlyQueryParameters(request, {"status", "fields", "offset", "limit"}));
  RipeFilter filter;
  if (auto status = request.Query("status")) {
    auto parsed = ParseRipeStatus(*status);
    if (!parsed) return Error::Invalid("status", "must be pending, approved or rejected");
    filter.status = *parsed;
  }
  return filter;
}

Result<ProductFilter> ProductFilterFromQuery(const Request& request) {
  TRY(OnlyQueryParameters(
      request, {"status", "productOffering.id", "relatedParty.id", "place.id", "fields", "offset", "limit"}));
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
