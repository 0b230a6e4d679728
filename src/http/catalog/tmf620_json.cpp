#include "http/catalog/tmf620_json.h"

#include <string>
#include <utility>
#include <vector>

namespace bizline::http {
namespace {

using nlohmann::json;

std::string Href(std::string_view base, std::string_view collection, std::string_view id) {
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  return std::string(base) + "/" + std::string(collection) + "/" + std::string(id);
}

json Ref(std::string_view base, std::string_view collection, std::string_view referred_type, std::string_view id,
         std::string_view name) {
  return {{"id", id}, {"href", Href(base, collection, id)}, {"name", name}, {"@referredType", referred_type}};
}

json PriceRefs(const Catalog& catalog, std::string_view offering_id, std::string_view base) {
  json refs = json::array();
  for (const PriceItem* price : catalog.PricesFor(offering_id)) {
    refs.push_back(Ref(base, "productOfferingPrice", "ProductOfferingPrice", price->id, price->name));
  }
  return refs;
}

// A productSpecCharacteristic with its allowed values; the first value is the default.
json Characteristic(std::string_view name, std::string_view value_type, const std::vector<json>& values,
                    bool configurable = false, std::string_view unit = {}) {
  json list = json::array();
  for (std::size_t i = 0; i < values.size(); ++i) {
    json value{{"value", values[i]}, {"valueType", value_type}, {"isDefault", i == 0}};
    if (!unit.empty()) value["unitOfMeasure"] = unit;
    list.push_back(std::move(value));
  }
  return {{"name", name},
          {"valueType", value_type},
          {"configurable", configurable},
          {"minCardinality", configurable ? 0 : 1},
          {"maxCardinality", 1},
          {"productSpecCharacteristicValue", std::move(list)},
          {"@type", "ProductSpecificationCharacteristic"}};
}

// The contract's sentences shown with an offering, each followed by its rule.
std::string NotesText(const std::vector<CatalogNote>& notes) {
  std::string text;
  for (const CatalogNote& note : notes) {
    if (!text.empty()) text += " ";
    text += note.text + " (" + note.rule + ")";
  }
  return text;
}

std::string WithNotes(std::string text, const std::vector<CatalogNote>& notes) {
  if (notes.empty()) return text;
  return text + ". " + NotesText(notes);
}

// CAT-029/CAT-032 disclaimer and CAT-030 addresses for speeds on `technology`; "" when unknown.
std::string SpeedText(const Catalog& catalog, Technology technology) {
  const SpeedInformation* info = catalog.service().SpeedFor(technology);
  if (info == nullptr) return "";
  return NotesText({info->disclaimer}) + " Check the speed available at your address: " + info->check_url +
         "; general speed information: " + catalog.service().speed_policy_url + " (CAT-030)";
}

// CAT-030: the speed-check addresses as TMF attachments, so a portal can link them.
json SpeedAttachments(const Catalog& catalog, Technology technology) {
  json list = json::array();
  const SpeedInformation* info = catalog.service().SpeedFor(technology);
  if (info == nullptr) return list;
  list.push_back({{"name", "Speed check"},
                  {"description", "The speed available at the Client's address (CAT-030)"},
                  {"attachmentType", "link"},
                  {"url", info->check_url},
                  {"@type", "Attachment"}});
  list.push_back({{"name", "Speed policy"},
                  {"description", "General speed information (CAT-030)"},
                  {"attachmentType", "link"},
                  {"url", catalog.service().speed_policy_url},
                  {"@type", "Attachment"}});
  return list;
}

std::string_view ValueTypeName(CharacteristicType type) {
  return type == CharacteristicType::kText ? "string" : ToString(type);
}

std::string_view PriceTypeName(PriceType type) {
  switch (type) {
    case PriceType::kOneTime: return "oneTime";
    case PriceType::kRecurring: return "recurring";
    case PriceType::kUsage: return "usage";
  }
  return "oneTime";
}

void SpeedCharacteristics(const Speed& speed, json& list) {
  list.push_back(Characteristic("downloadSpeed", "integer", {speed.down_mbps}, false, "Mbps"));
  list.push_back(Characteristic("uploadSpeed", "integer", {speed.up_mbps}, false, "Mbps"));
}

void AddVolume(const Volume& volume, json& list) {
  list.push_back(Characteristic("volumePolicy", "string", {std::string(ToString(volume.policy))}));
  if (volume.policy == VolumePolicy::kCapped) {
    list.push_back(Characteristic("includedVolume", "integer", {volume.included_gb}, false, "GB/month"));
  }
  if (volume.policy == VolumePolicy::kFairUse) {
    list.push_back(Characteristic("fairUseThreshold", "integer", {volume.fair_use_gb}, false, "GB/month"));
  }
  if (volume.raised_fair_use_gb > 0) {
    list.push_back(Characteristic("raisedFairUseThreshold", "integer", {volume.raised_fair_use_gb}, false, "GB/month"));
  }
  if (volume.volume_pack != VolumePackCharge::kNone) {
    list.push_back(Characteristic("volumePack", "string", {std::string(ToString(volume.volume_pack))}));
  }
}

void AddAddressing(const Formula& f, json& list) {
  list.push_back(Characteristic("ipv4Addressing", "string", {std::string(ToString(f.ip.ipv4))}));
  list.push_back(Characteristic("ipv6Addressing", "string", {std::string(ToString(f.ip.ipv6))}));
  if (f.ip.ipv6 == AddressMode::kFixed) {
    list.push_back(Characteristic("fixedIpv6Prefix", "integer", {f.ip.fixed_ipv6_prefix}));
  }
  if (f.max_end_users) list.push_back(Characteristic("maxEndUsers", "integer", {*f.max_end_users}));
}

void AddPorts(const Catalog& catalog, const Formula& f, json& list) {
  std::vector<json> open;
  if (const PortProfile* profile = catalog.FindPortProfile(f.port_profile)) {
    for (const OpenPort& p : profile->ports) open.push_back(std::to_string(p.port) + "/" + p.protocol);
  }
  list.push_back(Characteristic("openPorts", "string", open));
  std::vector<json> reserved;
  for (int port : catalog.reserved_ports()) reserved.push_back(std::to_string(port));
  list.push_back(Characteristic("reservedPorts", "string", reserved));
}

// The default tier first, then the tier options the formula offers (T-05).
void AddSlaTiers(const Catalog& catalog, const Formula& f, json& list) {
  std::vector<json> tiers{f.default_sla_tier};
  for (const ComponentDef* option : catalog.Options()) {
    if (option->group == OptionGroup::kSlaTier && f.Availability(option->id) != ComponentAvailability::kNotOffered) {
      tiers.push_back(option->sla_tier);
    }
  }
  list.push_back(Characteristic("slaTier", "string", tiers, tiers.size() > 1));
}

// CAT-003: the Solution Elements of the formula (mobile backup hardware only where mobile backup
// is offered); CAT-004: which of them are Products.
void AddSolutionElements(const Catalog& catalog, const Formula& f, json& list) {
  std::vector<json> elements;
  std::vector<json> products;
  for (const SolutionElement& e : catalog.service().solution_elements) {
    if (e.id == "mobile-backup-hardware" && f.Availability("mobile-backup") == ComponentAvailability::kNotOffered) {
      continue;
    }
    elements.push_back(e.id);
    if (e.is_product) products.push_back(e.id);
  }
  for (auto [name, values] : {std::pair{"solutionElement", &elements}, std::pair{"product", &products}}) {
    json characteristic = Characteristic(name, "string", *values);
    characteristic["maxCardinality"] = values->size();
    for (auto& value : characteristic["productSpecCharacteristicValue"]) value["isDefault"] = true;
    list.push_back(std::move(characteristic));
  }
}

// Components the formula includes that are not ordered separately (mailbox, firewall, ...).
void AddIncludedComponents(const Catalog& catalog, const Formula& f, json& list) {
  std::vector<json> included;
  for (const ComponentDef& c : catalog.components()) {
    if (!c.orderable && f.Availability(c.id) == ComponentAvailability::kDefault) included.push_back(c.id);
  }
  json characteristic = Characteristic("includedComponent", "string", included);
  characteristic["maxCardinality"] = included.size();
  for (auto& value : characteristic["productSpecCharacteristicValue"]) value["isDefault"] = true;
  list.push_back(std::move(characteristic));
}

json Bundled(const Catalog& catalog, const Formula& f, std::string_view base) {
  json bundled = json::array();
  for (const ComponentDef* option : catalog.Options()) {
    ComponentAvailability availability = f.Availability(option->id);
    if (availability == ComponentAvailability::kNotOffered) continue;
    bool included = availability == ComponentAvailability::kDefault;
    bundled.push_back({{"id", option->id},
                       {"href", Href(base, "productOffering", option->id)},
                       {"name", option->name},
                       {"lifecycleStatus", "Launched"},
                       {"availability", ToString(availability)},  // DEF or OPT (CAT-007)
                       {"bundledProductOfferingOption",
                        {{"numberRelOfferDefault", included ? 1 : 0},
                         {"numberRelOfferLowerLimit", 0},
                         {"numberRelOfferUpperLimit", 1},
                         {"@type", "BundledProductOfferingOption"}}},
                       // "availability" extends the TMF shape, hence the sub-type.
                       {"@type", "BizlineBundledProductOffering"},
                       {"@baseType", "BundledProductOffering"}});
  }
  return bundled;
}

std::string FormulaDescription(const Formula& f) {
  std::string text = f.name + " (" + std::string(ToString(f.technology)) + ")";
  if (f.kind == FormulaKind::kLikeForLike) text += ", like-for-like profile of " + f.derived_from + " (CAT-026)";
  if (f.kind == FormulaKind::kTemporary) text += ", Temporary version of " + f.derived_from + " (X-20)";
  return text;
}

}  // namespace

std::string_view LifecycleStatus(FormulaStatus status) {
  switch (status) {
    case FormulaStatus::kLaunched: return "Launched";
    case FormulaStatus::kStopSell: return "Retired";
    case FormulaStatus::kPending: return "In design";
  }
  return "Launched";
}

json FormulaOfferingJson(const Catalog& catalog, const Formula& f, std::string_view base) {
  json offering{{"id", f.id},
                {"href", Href(base, "productOffering", f.id)},
                {"name", f.name},
                {"description", FormulaDescription(f)},
                {"isBundle", true},
                {"isSellable", f.IsOrderable()},
                {"lifecycleStatus", LifecycleStatus(f.status)},
                {"productSpecification", Ref(base, "productSpecification", "ProductSpecification", f.id, f.name)},
                {"productOfferingPrice", PriceRefs(catalog, f.id, base)},
                {"bundledProductOffering", Bundled(catalog, f, base)},
                {"productOfferingTerm",
                 json::array({{{"name", "Initial Period"},
                               {"description", "Default initial term; the Order Form may set another (CON-008)"},
                               {"duration", {{"amount", 10}, {"units", "month"}}},
                               {"@type", "ProductOfferingTerm"}}})},
                {"@type", "ProductOffering"}};
  if (f.status == FormulaStatus::kStopSell) offering["statusReason"] = "stop-sell: no new orders (T-01)";
  if (f.status == FormulaStatus::kPending) offering["statusReason"] = "not orderable until fully defined (X-25)";
  if (!f.derived_from.empty()) {
    json relationship = Ref(base, "productOffering", "ProductOffering", f.derived_from, f.derived_from);
    relationship["relationshipType"] = f.kind == FormulaKind::kLikeForLike ? "likeForLikeOf" : "temporaryVersionOf";
    relationship["@type"] = "ProductOfferingRelationship";
    offering["productOfferingRelationship"] = json::array({relationship});
  }
  return offering;
}

json OptionOfferingJson(const Catalog& catalog, const ComponentDef& option, std::string_view base) {
  return {{"id", option.id},
          {"href", Href(base, "productOffering", option.id)},
          {"name", option.name},
          {"description",
           WithNotes(option.name + " — offered where its formula's cell is OPT (" + option.rule + ")", option.notes)},
          {"isBundle", false},
          {"isSellable", true},
          {"lifecycleStatus", "Launched"},
          {"productSpecification", Ref(base, "productSpecification", "ProductSpecification", option.id, option.name)},
          {"productOfferingPrice", PriceRefs(catalog, option.id, base)},
          {"@type", "ProductOffering"}};
}

json FormulaSpecificationJson(const Catalog& catalog, const Formula& f, std::string_view base) {
  json list = json::array();
  list.push_back(Characteristic("technology", "string", {std::string(ToString(f.technology))}));
  if (f.speed) SpeedCharacteristics(*f.speed, list);
  list.push_back(Characteristic("cpe", "string", {std::string(ToString(f.cpe))}));
  // ORD-002: the Order Form says on or off; no wifi without a Proximus router (CAT-095).
  std::vector<json> wifi = f.WifiAvailable() ? std::vector<json>{"on", "off"} : std::vector<json>{"off"};
  list.push_back(Characteristic("wifi", "string", wifi, true));
  AddAddressing(f, list);
  list.push_back(Characteristic("mailboxCount", "integer", {f.mailboxes.count}));
  if (f.mailboxes.count > 0)
    list.push_back(Characteristic("mailboxSize", "integer", {f.mailboxes.size_gb}, false, "GB"));
  AddPorts(catalog, f, list);
  AddVolume(f.volume, list);
  AddSlaTiers(catalog, f, list);
  list.push_back(Characteristic("initialTermMonths", "integer", {10}, true, "month"));
  AddIncludedComponents(catalog, f, list);
  AddSolutionElements(catalog, f, list);
  std::string description = FormulaDescription(f);
  if (std::string speed = SpeedText(catalog, f.technology); !speed.empty()) description += ". " + speed;
  return {{"id", f.id},
          {"href", Href(base, "productSpecification", f.id)},
          {"name", f.name},
          {"description", description},
          {"productNumber", f.id},
          {"isBundle", false},
          {"lifecycleStatus", LifecycleStatus(f.status)},
          {"productSpecCharacteristic", std::move(list)},
          {"attachment", SpeedAttachments(catalog, f.technology)},
          {"@type", "ProductSpecification"}};
}

json ComponentSpecificationJson(const Catalog& catalog, const ComponentDef& option, std::string_view base) {
  json list = json::array();
  if (option.speed) SpeedCharacteristics(*option.speed, list);
  if (!option.sla_tier.empty()) list.push_back(Characteristic("slaTier", "string", {option.sla_tier}));
  if (!option.forces_wifi_off_rule.empty()) list.push_back(Characteristic("forcesWifiOff", "boolean", {true}));
  if (!option.functions.empty()) {  // e.g. the managed firewall's standard functions (CAT-073)
    json characteristic =
        Characteristic("function", "string", std::vector<json>(option.functions.begin(), option.functions.end()));
    characteristic["maxCardinality"] = option.functions.size();
    for (auto& value : characteristic["productSpecCharacteristicValue"]) value["isDefault"] = true;
    list.push_back(std::move(characteristic));
  }
  if (!option.elements.empty()) {  // T-05 column 2 (CAT-003)
    json characteristic =
        Characteristic("solutionElement", "string", std::vector<json>(option.elements.begin(), option.elements.end()));
    characteristic["maxCardinality"] = option.elements.size();
    for (auto& value : characteristic["productSpecCharacteristicValue"]) value["isDefault"] = true;
    list.push_back(std::move(characteristic));
  }
  for (const CharacteristicDef& c : option.characteristics) {
    std::vector<json> values(c.allowed_values.begin(), c.allowed_values.end());
    values.insert(values.end(), c.allowed_texts.begin(), c.allowed_texts.end());
    json characteristic = Characteristic(c.name, ValueTypeName(c.type), values, true);
    characteristic["minCardinality"] = c.requirement == CharacteristicRequirement::kOptional ? 0 : 1;
    if (c.type == CharacteristicType::kDate) characteristic["regex"] = "^\\d{4}-\\d{2}-\\d{2}$";
    std::string description;
    if (c.requirement == CharacteristicRequirement::kRequiredWhereOptional) {
      description = "Required where the formula offers the option as OPT, not where it is included (DEF).";
    }
    if (!c.accepted_texts.empty()) {
      std::string accepted;
      for (const std::string& text : c.accepted_texts) accepted += (accepted.empty() ? "" : ", ") + text;
      description += std::string(description.empty() ? "" : " ") + "Accepted: " + accepted + " (" + c.rule + ").";
    }
    if (!c.notes.empty()) description += std::string(description.empty() ? "" : " ") + NotesText(c.notes);
    if (!description.empty()) characteristic["description"] = description;
    list.push_back(std::move(characteristic));
  }
  std::string description = WithNotes(option.name, option.notes);
  json attachments = json::array();
  if (option.group == OptionGroup::kSpeedUpgrade && option.technology) {  // CAT-032: also with a speed option
    description += ". " + SpeedText(catalog, *option.technology);
    attachments = SpeedAttachments(catalog, *option.technology);
  }
  json spec{{"id", option.id},
            {"href", Href(base, "productSpecification", option.id)},
            {"name", option.name},
            {"description", description},
            {"productNumber", option.id},
            {"isBundle", false},
            {"lifecycleStatus", "Launched"},
            {"productSpecCharacteristic", std::move(list)},
            {"@type", "ProductSpecification"}};
  if (!attachments.empty()) spec["attachment"] = std::move(attachments);
  return spec;
}

json ProductOfferingPriceJson(const PriceItem& price, std::string_view base) {
  std::string description = price.stated_by_contract ? "Amount stated by the contract" : "Configurable demo amount";
  if (!price.rule.empty()) description += " (" + price.rule + ")";
  if (!price.for_formulas.empty()) {
    description += "; applies with:";
    for (const std::string& formula : price.for_formulas) description += " " + formula;
  }
  json pop{{"id", price.id},
           {"href", Href(base, "productOfferingPrice", price.id)},
           {"name", price.name},
           {"description", description},
           {"isBundle", false},
           {"lifecycleStatus", "Launched"},
           {"priceType", PriceTypeName(price.type)},
           // TMF Money is a JSON number: the integer cents become euros only here, at the edge.
           {"price", {{"unit", "EUR"}, {"value", static_cast<double>(price.amount.value()) / 100.0}}},
           {"@type", "ProductOfferingPrice"}};
  if (price.type == PriceType::kRecurring) {
    pop["recurringChargePeriodType"] = "month";
    pop["recurringChargePeriodLength"] = 1;
  }
  return pop;
}

json ProductOfferingsJson(const Catalog& catalog, std::string_view base) {
  json list = json::array();
  for (const Formula& f : catalog.formulas()) list.push_back(FormulaOfferingJson(catalog, f, base));
  for (const ComponentDef* option : catalog.Options()) list.push_back(OptionOfferingJson(catalog, *option, base));
  return list;
}

json ProductSpecificationsJson(const Catalog& catalog, std::string_view base) {
  json list = json::array();
  for (const Formula& f : catalog.formulas()) list.push_back(FormulaSpecificationJson(catalog, f, base));
  // Every component has a specification, so that an included one (e.g. the managed firewall,
  // CAT-072) can be looked up from a formula's includedComponent.
  for (const ComponentDef& c : catalog.components()) list.push_back(ComponentSpecificationJson(catalog, c, base));
  return list;
}

json ProductOfferingPricesJson(const Catalog& catalog, std::string_view base) {
  json list = json::array();
  for (const PriceItem& price : catalog.prices()) list.push_back(ProductOfferingPriceJson(price, base));
  return list;
}

std::optional<json> FindProductOfferingJson(const Catalog& catalog, std::string_view id, std::string_view base) {
  if (const Formula* f = catalog.FindFormula(id)) return FormulaOfferingJson(catalog, *f, base);
  const ComponentDef* option = catalog.FindComponent(id);
  if (option != nullptr && option->orderable) return OptionOfferingJson(catalog, *option, base);
  return std::nullopt;
}

std::optional<json> FindProductSpecificationJson(const Catalog& catalog, std::string_view id, std::string_view base) {
  if (const Formula* f = catalog.FindFormula(id)) return FormulaSpecificationJson(catalog, *f, base);
  if (const ComponentDef* c = catalog.FindComponent(id)) return ComponentSpecificationJson(catalog, *c, base);
  return std::nullopt;
}

std::optional<json> FindProductOfferingPriceJson(const Catalog& catalog, std::string_view id, std::string_view base) {
  const PriceItem* price = catalog.FindPrice(id);
  if (price == nullptr) return std::nullopt;
  return ProductOfferingPriceJson(*price, base);
}

}  // namespace bizline::http
