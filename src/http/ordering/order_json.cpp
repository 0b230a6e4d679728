#include "http/ordering/order_json.h"

#include "app/ordering/ports.h"
#include "domain/calendar/iso8601.h"
#include "domain/core/time_text.h"
#include "domain/ordering/order_charges.h"
#include "domain/ordering/order_site_readiness.h"
#include "http/catalog/tmf620_json.h"
#include "http/ordering/order_form_json.h"

namespace bizline::http {
namespace {

constexpr const char* kItem = "productOrderItem[0]";
constexpr const char* kCompatibleLine = "compatibleLine";
constexpr const char* kContactRole = "implementationContact";

std::string Path(const std::string& base, const std::string& name) { return base + "." + name; }
std::string Index(const std::string& base, std::size_t i) { return base + "[" + std::to_string(i) + "]"; }

Result<const json*> OptionalObject(const json& parent, const std::string& name, const std::string& path) {
  auto it = parent.find(name);
  if (it == parent.end() || it->is_null()) return static_cast<const json*>(nullptr);
  if (!it->is_object()) return Error::Invalid(Path(path, name), "must be an object");
  return &*it;
}

Result<const json*> OptionalArray(const json& parent, const std::string& name, const std::string& path) {
  auto it = parent.find(name);
  if (it == parent.end() || it->is_null()) return static_cast<const json*>(nullptr);
  if (!it->is_array()) return Error::Invalid(Path(path, name), "must be an array");
  return &*it;
}

// productCharacteristic [{name, value}] -> {name: value}; `skip` is left out.
Result<json> CharacteristicsOf(const json& product, const std::string& path, std::string_view skip) {
  json out = json::object();
  ASSIGN_OR_RETURN(auto list, OptionalArray(product, "productCharacteristic", path));
  if (list == nullptr) return out;
  for (std::size_t i = 0; i < (list)->size(); ++i) {
    const json& c = (*list)[i];
    std::string at = Index(Path(path, "productCharacteristic"), i);
    if (!c.is_object()) return Error::Invalid(at, "must be an object {\"name\", \"value\"}", "ORD-002");
    TRY(RejectUnknownMembers(c, {"name", "value", "valueType", "id"}, at));
    ASSIGN_OR_RETURN(auto name, RequiredString(c, "name", at));
    if (name == skip) continue;
    if (!c.contains("value")) return Error::Invalid(Path(at, "value"), "is required", "ORD-002");
    out[name] = c["value"];
  }
  return out;
}

Status CheckAction(const json& item, const std::string& path) {
  auto action = OptionalString(item, "action", path);
  if (!action) return action.error();
  if (action->has_value() && **action != "add") {
    return Error::Invalid(Path(path, "action"), "bizline orders add a new line: action is \"add\"", "ORD-001");
  }
  return Ok{};
}

// The offering id as given (any JSON type), so the Order Form parser judges it as the CLI does.
Result<std::optional<json>> OfferingId(const json& item, const std::string& path) {
  ASSIGN_OR_RETURN(auto offering, OptionalObject(item, "productOffering", path));
  if (offering == nullptr || !(offering)->contains("id")) return std::optional<json>();
  return std::optional<json>((*offering)["id"]);
}

Result<json> OptionOf(const json& item, const std::string& path) {
  if (!item.is_object()) return Error::Invalid(path, "must be an object", "ORD-002");
  if (auto s = RejectUnknownMembers(item, {"id", "action", "productOffering", "product", "quantity"}, path); !s) {
    return s.error();
  }
  TRY(CheckAction(item, path));
  json option = json::object();
  auto id = OfferingId(item, path);
  if (!id) return id.error();
  if (id->has_value()) option["id"] = **id;
  auto product = OptionalObject(item, "product", path);
  if (!product) return product.error();
  if (*product != nullptr) {
    ASSIGN_OR_RETURN(auto characteristics, CharacteristicsOf(**product, Path(path, "product"), {}));
    for (const auto& [name, value] : characteristics.items()) option[name] = value;
  }
  return option;
}

Result<const json*> FormulaItem(const json& body) {
  auto items = OptionalArray(body, "productOrderItem", "");
  if (!items) return Error::Invalid("productOrderItem", "must be an array", "ORD-002");
  if (*items == nullptr || (*items)->size() != 1 || !(**items)[0].is_object()) {
    return Error::Invalid("productOrderItem",
                          "give one productOrderItem for the service formula, with its options as nested "
                          "productOrderItem",
                          "ORD-002");
  }
  const json& item = (**items)[0];
  if (auto s = RejectUnknownMembers(
          item, {"id", "action", "productOffering", "product", "productOrderItem", "quantity"}, kItem);
      !s) {
    return s.error();
  }
  TRY(CheckAction(item, kItem));
  return &item;
}

Result<std::int64_t> NumericId(const json& object, const std::string& path) {
  auto id = RequiredString(object, "id", path);
  if (!id) return id.error();
  std::int64_t n = 0;
  for (char c : *id) {
    if (c < '0' || c > '9' || n > 1'000'000'000'000) return Error::Invalid(Path(path, "id"), "must be a numeric id");
    n = n * 10 + (c - '0');
  }
  if (n <= 0) return Error::Invalid(Path(path, "id"), "must be a numeric id");
  return n;
}

// relatedParty with role customer: the orderer.
Result<CustomerId> OrdererOf(const json& body) {
  ASSIGN_OR_RETURN(auto parties, OptionalArray(body, "relatedParty", ""));
  if (parties == nullptr) return CustomerId();
  for (std::size_t i = 0; i < (parties)->size(); ++i) {
    const json& party = (*parties)[i];
    std::string at = Index("relatedParty", i);
    if (!party.is_object()) return Error::Invalid(at, "must be an object");
    ASSIGN_OR_RETURN(auto role, OptionalString(party, "role", at));
    if (role.value_or("customer") != "customer") continue;
    ASSIGN_OR_RETURN(auto id, NumericId(party, at));
    return CustomerId(id);
  }
  return CustomerId();
}

// relatedParty with role implementationContact (ORD-008): {name, phone, email}. The contents
// are judged by the domain (CheckContact), which names the relatedParty[i] field.
Result<std::vector<ContactInput>> ContactsOf(const json& body, std::string_view other_roles) {
  std::vector<ContactInput> out;
  auto parties = OptionalArray(body, "relatedParty", "");
  if (!parties) return parties.error();
  if (*parties == nullptr) return out;
  for (std::size_t i = 0; i < (*parties)->size(); ++i) {
    const json& party = (**parties)[i];
    std::string at = Index("relatedParty", i);
    if (!party.is_object()) return Error::Invalid(at, "must be an object");
    auto role = OptionalString(party, "role", at);
    if (!role) return role.error();
    if (role->value_or("customer") != kContactRole) {
      if (other_roles.empty()) {
        return Error::Invalid(Path(at, "role"), "a change adds implementationContact parties only", "ORD-008");
      }
      continue;
    }
    if (auto s = RejectUnknownMembers(party, {"role", "name", "phone", "email", "@referredType", "@type"}, at); !s) {
      return s.error();
    }
    ContactInput input;
    input.at = at;
    for (auto [name, target] : {std::pair{"name", &input.contact.name}, std::pair{"phone", &input.contact.phone},
                                std::pair{"email", &input.contact.email}}) {
      ASSIGN_OR_RETURN(auto value, OptionalString(party, name, at));
      *target = value.value_or("");
    }
    out.push_back(std::move(input));
  }
  return out;
}

// product.place with role installationSite: the Site (U-16).
Result<SiteId> SiteOf(const json& item) {
  auto product = OptionalObject(item, "product", kItem);
  if (!product || *product == nullptr) return product ? Result<SiteId>(SiteId()) : product.error();
  std::string path = Path(kItem, "product");
  ASSIGN_OR_RETURN(auto places, OptionalArray(**product, "place", path));
  if (places == nullptr) return SiteId();
  for (std::size_t i = 0; i < (places)->size(); ++i) {
    const json& place = (*places)[i];
    std::string at = Index(Path(path, "place"), i);
    if (!place.is_object()) return Error::Invalid(at, "must be an object");
    ASSIGN_OR_RETURN(auto role, OptionalString(place, "role", at));
    if (role.value_or("installationSite") != "installationSite") continue;
    ASSIGN_OR_RETURN(auto id, NumericId(place, at));
    return SiteId(id);
  }
  return SiteId();
}

// U-32: compatibleLine true|false; anything else is a violation of the Order Form.
std::optional<LinePresence> LineOf(const json& item, std::vector<Violation>& violations) {
  const json* product = item.contains("product") && item["product"].is_object() ? &item["product"] : nullptr;
  if (product == nullptr || !product->contains("productCharacteristic")) return std::nullopt;
  for (const json& c : (*product)["productCharacteristic"]) {
    if (!c.is_object() || c.value("name", "") != kCompatibleLine) continue;
    const json value = c.value("value", json());
    if (value == true || value == "true") return LinePresence::kCompatibleLine;
    if (value == false || value == "false") return LinePresence::kNoCompatibleLine;
    violations.push_back({"ORD-022", "characteristics.compatibleLine",
                          "compatibleLine is true or false: is a compatible Proximus line already at the Site?"});
    return std::nullopt;
  }
  return std::nullopt;
}

json CharacteristicJson(const std::string& name, const json& value) { return {{"name", name}, {"value", value}}; }

json OptionValueJson(const CharacteristicValue& value) {
  if (const auto* n = std::get_if<std::int64_t>(&value)) return *n;
  return std::get<std::string>(value);
}

json OfferingRef(const std::string& id) {
  return {{"id", id}, {"href", std::string(kProductCatalogBase) + "/productOffering/" + id}};
}

json FormulaItemJson(const ProductOrder& o) {
  json characteristics = json::array();
  if (o.request.wifi != WifiChoice::kUnstated) {
    characteristics.push_back(CharacteristicJson("wifi", o.request.wifi == WifiChoice::kOn ? "on" : "off"));
  }
  characteristics.push_back(CharacteristicJson("initialTermMonths", o.InitialTermMonths()));
  if (o.request.technology) characteristics.push_back(CharacteristicJson("technology", *o.request.technology));
  characteristics.push_back(CharacteristicJson(kCompatibleLine, o.line == LinePresence::kCompatibleLine));
  characteristics.push_back(CharacteristicJson("slaTier", o.sla_tier));
  json product{{"place", json::array({{{"id", std::to_string(o.site_id.value())},
                                       {"role", "installationSite"},
                                       {"@referredType", "GeographicSite"}}})},
               {"productCharacteristic", characteristics}};
  if (o.product_id) {
    product["id"] = std::to_string(o.product_id->value());
    product["href"] = "/tmf-api/productInventory/v4/product/" + std::to_string(o.product_id->value());
  }
  json options = json::array();
  for (std::size_t i = 0; i < o.request.options.size(); ++i) {
    const OrderOption& option = o.request.options[i];
    json option_characteristics = json::array();
    for (const auto& [name, value] : option.characteristics) {
      option_characteristics.push_back(CharacteristicJson(name, OptionValueJson(value)));
    }
    options.push_back({{"id", "1." + std::to_string(i + 1)},
                       {"action", "add"},
                       {"productOffering", OfferingRef(option.id)},
                       {"product", {{"productCharacteristic", option_characteristics}}}});
  }
  return {{"id", "1"},
          {"action", "add"},
          {"state", std::string(ToString(o.state()))},
          {"productOffering", OfferingRef(o.request.formula)},
          {"product", product},
          {"productOrderItem", options}};
}

json RushJson(const ProductOrder& o) {
  const RushProvisioning& r = *o.rush;
  json rush{{"requestedReadyForService", FormatCivilDay(r.requested_ready_for_service)},
            {"feasibilityDue", FormatCivilDay(r.feasibility_due)},
            {"feasibility", std::string(ToString(r.feasibility))},
            {"fee",
             {{"decision", std::string(ToString(r.fee_decision))},
              {"amountCents", r.fee.value()},
              {"chargedCents", r.ChargedFee().value()},
              {"currency", "EUR"}}}};
  if (r.answered_at) rush["answeredAt"] = FormatInstant(*r.answered_at);
  if (r.refusal_reason) rush["refusalReason"] = std::string(ToString(*r.refusal_reason));
  if (r.delay_cause) rush["delayCause"] = std::string(ToString(*r.delay_cause));
  return rush;
}

json CentsJson(Cents amount) { return {{"unit", "EUR"}, {"valueCents", amount.value()}}; }

json ContactJson(const ImplementationContact& c) {
  json out{{"role", kContactRole}, {"@referredType", "Individual"}, {"name", c.name}, {"phone", c.phone}};
  if (!c.email.empty()) out["email"] = c.email;
  return out;
}

// SITE-001 to SITE-008: every item, whether it applies to the line's technology and is confirmed.
json SiteReadinessJson(const ProductOrder& o, std::optional<Technology> technology) {
  std::vector<SiteItem> applicable = ApplicableSiteItems(technology);
  json items = json::array();
  for (int i = 0; i < kSiteItemCount; ++i) {
    auto item = static_cast<SiteItem>(i);
    bool applies = std::find(applicable.begin(), applicable.end(), item) != applicable.end();
    json entry{{"item", std::string(ToString(item))}, {"rule", std::string(RuleOf(item))}, {"applicable", applies}};
    entry["confirmed"] = false;
    for (const SiteConfirmation& c : o.site_readiness) {
      if (c.item != item) continue;
      entry["confirmed"] = true;
      entry["confirmedAt"] = FormatInstant(c.at);
    }
    items.push_back(std::move(entry));
  }
  json missing = json::array();
  for (SiteItem item : MissingSiteItems(o, technology)) missing.push_back(std::string(RuleOf(item)));
  return {{"ready", missing.empty()}, {"missing", missing}, {"items", items}};
}

json QuoteJson(const OrderQuote& q) {
  json out{{"id", std::to_string(q.id)},
           {"kind", std::string(ToString(q.kind))},
           {"amountCents", q.amount.value()},
           {"currency", "EUR"},
           {"reason", q.reason},
           {"status", std::string(ToString(q.status))},
           {"sentAt", FormatInstant(q.sent_at)}};
  if (q.target_activation_date) out["targetActivationDate"] = FormatCivilDay(*q.target_activation_date);
  if (q.answered_at) out["answeredAt"] = FormatInstant(*q.answered_at);
  return out;
}

json WorksJson(const InfrastructureWorks& w) {
  json out{{"id", std::to_string(w.id)},
           {"location", std::string(ToString(w.location))},
           {"performer", std::string(ToString(w.performer))},
           {"description", w.description},
           {"recordedAt", FormatInstant(w.recorded_at)}};
  if (w.expected_completion) out["expectedCompletionDate"] = FormatCivilDay(*w.expected_completion);
  if (w.completed_at) out["completedAt"] = FormatInstant(*w.completed_at);
  if (w.quote_id != 0) out["quoteId"] = std::to_string(w.quote_id);
  if (w.performer == WorksPerformer::kClient) out["status"] = w.completed_at ? "completed" : "inProgress";
  return out;
}

json LateNoticeJson(const LateNotice& n) {
  json out{{"missedTargetDate", FormatCivilDay(n.missed_target)},
           {"businessDaysLate", n.business_days_late},
           {"date", FormatInstant(n.at)},
           {"source", n.by.valid() ? "staff" : "lateActivationWatch"}};
  out["reason"] = n.reason.empty() ? json("reasons to follow") : json(n.reason);
  if (n.new_date) out["newPlannedDate"] = FormatCivilDay(*n.new_date);
  return out;
}

// Approved quotes and indoor antennas, in cents, and their total as a TMF OrderPrice.
void AddCharges(const ProductOrder& o, json& out) {
  json charges = json::array();
  for (const OrderCharge& c : AdditionalCharges(o)) {
    json entry{{"kind", c.kind},
               {"rule", c.rule},
               {"description", c.description},
               {"amountCents", c.amount.value()},
               {"currency", "EUR"}};
    if (c.quote_id != 0) entry["quoteId"] = std::to_string(c.quote_id);
    charges.push_back(std::move(entry));
  }
  out["additionalCharges"] = charges;
  out["orderTotalPrice"] = json::array({{{"name", "additionalCharges"},
                                         {"priceType", "oneTime"},
                                         {"price", {{"dutyFreeAmount", CentsJson(AdditionalChargesTotal(o))}}}}});
}

json HistoryJson(const ProductOrder& o) {
  json history = json::array();
  for (const OrderEvent& e : o.history) {
    json entry{{"milestone", std::string(ToString(e.milestone))},
               {"state", std::string(ToString(StateOf(e.milestone)))},
               {"date", FormatInstant(e.at)}};
    if (!e.note.empty()) entry["note"] = e.note;
    history.push_back(std::move(entry));
  }
  return history;
}

template <typename T, typename Parse>
Result<std::optional<T>> OptionalEnum(const json& body, const std::string& name, Parse parse, const char* allowed,
                                      const std::string& path = {}) {
  ASSIGN_OR_RETURN(auto text, OptionalString(body, name, path));
  if (!text.has_value()) return std::optional<T>();
  auto value = parse(*text);
  if (!value) return Error::Invalid(path.empty() ? name : Path(path, name), std::string("must be one of ") + allowed);
  return std::optional<T>(*value);
}

Result<std::optional<OrderStep>> StepOf(const json& body) {
  auto state = OptionalEnum<OrderState>(body, "state", ParseOrderState,
                                        "acknowledged, inProgress, completed, cancelled, rejected");
  if (!state) return state.error();
  auto milestone = OptionalEnum<OrderMilestone>(
      body, "milestone", ParseOrderMilestone,
      "siteSurvey, rfdIssued, appointmentSet, installed, activated, tested, completed, cancelled, rejected");
  if (!milestone) return milestone.error();
  if (!state->has_value() && !milestone->has_value()) return std::optional<OrderStep>();
  OrderStep step;
  if (milestone->has_value()) {
    step.to = **milestone;
    if (state->has_value() && StateOf(step.to) != **state) {
      return Error::Invalid("milestone", "milestone " + std::string(ToString(step.to)) + " belongs to state " +
                                             std::string(ToString(StateOf(step.to))));
    }
  } else if (**state == OrderState::kInProgress) {
    return Error::Invalid("milestone",
                          "state inProgress needs the milestone reached (siteSurvey, rfdIssued, "
                          "appointmentSet, installed, activated, tested)");
  } else {
    step.to = **state == OrderState::kCompleted   ? OrderMilestone::kCompleted
              : **state == OrderState::kCancelled ? OrderMilestone::kCancelled
              : **state == OrderState::kRejected  ? OrderMilestone::kRejected
                                                  : OrderMilestone::kAcknowledged;
  }
  auto appointment = OptionalString(body, "appointmentDate");
  if (!appointment) return appointment.error();
  if (appointment->has_value()) {
    ASSIGN_OR_RETURN(auto at, ParseIso8601(**appointment, "appointmentDate"));
    step.appointment = at;
  }
  ASSIGN_OR_RETURN(auto target, OptionalString(body, "targetActivationDate"));
  if (target.has_value()) {
    auto day = ParseCivilDay(*target);
    if (!day) return Error::Invalid("targetActivationDate", "must be a date written YYYY-MM-DD");
    step.target_activation_date = *day;
  }
  auto cause = OptionalEnum<RushDelayCause>(body, "delayCause", ParseRushDelayCause,
                                            "proximus, client, forceMajeure, thirdParty");
  if (!cause) return cause.error();
  step.delay_cause = *cause;
  ASSIGN_OR_RETURN(auto reason, OptionalString(body, "reason"));
  step.note = reason.value_or("");
  return std::optional<OrderStep>(step);
}

Result<std::optional<CivilDay>> OptionalDay(const json& object, const std::string& name, const std::string& path) {
  ASSIGN_OR_RETURN(auto text, OptionalString(object, name, path));
  if (!text.has_value()) return std::optional<CivilDay>();
  auto day = ParseCivilDay(*text);
  if (!day) return Error::Invalid(Path(path, name), "must be a date written YYYY-MM-DD");
  return std::optional<CivilDay>(*day);
}

Result<int> SmallId(const json& object, const std::string& path) {
  auto id = NumericId(object, path);
  if (!id) return id.error();
  if (*id > 1000) return Error::Invalid(Path(path, "id"), "no such id on this order");
  return static_cast<int>(*id);
}

// "siteReadiness": {"confirmed": ["buildingEntryAccessible" | "SITE-001", ...]}
Result<std::vector<SiteItem>> SiteItemsOf(const json& body) {
  std::vector<SiteItem> items;
  ASSIGN_OR_RETURN(auto readiness, OptionalObject(body, "siteReadiness", ""));
  if (readiness == nullptr) return items;
  TRY(RejectUnknownMembers(*readiness, {"confirmed"}, "siteReadiness"));
  auto list = OptionalArray(*readiness, "confirmed", "siteReadiness");
  if (!list) return list.error();
  if (*list == nullptr) return Error::Invalid("siteReadiness.confirmed", "list the confirmed items", "SITE-001");
  for (std::size_t i = 0; i < (*list)->size(); ++i) {
    const json& entry = (**list)[i];
    std::optional<SiteItem> item;
    if (entry.is_string()) {
      const std::string text = entry.get<std::string>();
      item = ParseSiteItem(text);
      for (int k = 0; k < kSiteItemCount && !item; ++k) {
        if (RuleOf(static_cast<SiteItem>(k)) == text) item = static_cast<SiteItem>(k);
      }
    }
    if (!item) {
      return Error::Invalid(Index("siteReadiness.confirmed", i),
                            "is an Annex 1 item: buildingEntryAccessible, cat5eCabling, lanConnectionPoint, "
                            "lanIpAddress, powerSockets, telephoneLinePoint, systemBackedUp, softwareCompatible "
                            "(or its SITE-00n ID)",
                            "SITE-001");
    }
    items.push_back(*item);
  }
  return items;
}

// "quote": {"kind": "outOfHoursImplementation", "amountCents": 30000, "reason": "..."}
Result<std::optional<QuoteDraft>> QuoteOf(const json& body) {
  auto quote = OptionalObject(body, "quote", "");
  if (!quote) return quote.error();
  if (*quote == nullptr) return std::optional<QuoteDraft>();
  const json& q = **quote;
  TRY(RejectUnknownMembers(q, {"kind", "amountCents", "reason"}, "quote"));
  auto kind = OptionalEnum<QuoteKind>(q, "kind", ParseQuoteKind,
                                      "outOfHoursImplementation, clientBuildingWorks, publicDomainWorks", "quote");
  if (!kind) return kind.error();
  auto amount = OptionalInteger(q, "amountCents", "quote");
  if (!amount) return amount.error();
  auto reason = OptionalString(q, "reason", "quote");
  if (!reason) return reason.error();
  if (!amount->has_value()) return Error::Invalid("quote.amountCents", "is required (euro cents)", "ORD-007");
  QuoteDraft draft;
  draft.kind = kind->value_or(QuoteKind::kOutOfHoursImplementation);
  draft.amount = Cents(**amount);
  draft.reason = reason->value_or("");
  return std::optional<QuoteDraft>(draft);
}

// "quoteAnswer": {"id": "1", "decision": "approved" | "declined"}
Result<std::optional<OrderChange::QuoteAnswer>> QuoteAnswerOf(const json& body) {
  ASSIGN_OR_RETURN(auto answer, OptionalObject(body, "quoteAnswer", ""));
  if (answer == nullptr) return std::optional<OrderChange::QuoteAnswer>();
  const json& a = *answer;
  TRY(RejectUnknownMembers(a, {"id", "decision"}, "quoteAnswer"));
  ASSIGN_OR_RETURN(auto id, SmallId(a, "quoteAnswer"));
  auto decision = OptionalEnum<QuoteStatus>(a, "decision", ParseQuoteStatus, "approved, declined", "quoteAnswer");
  if (!decision) return decision.error();
  if (!decision->has_value()) return Error::Invalid("quoteAnswer.decision", "is required: approved or declined");
  return std::optional<OrderChange::QuoteAnswer>(OrderChange::QuoteAnswer{id, **decision});
}

// "infrastructureWorks": {"location", "performer", "description", "expectedCompletionDate",
//                         "quote": {"amountCents", "targetActivationDate"}}
Result<std::optional<WorksDraft>> WorksOf(const json& body) {
  const std::string at = "infrastructureWorks";
  ASSIGN_OR_RETURN(auto works, OptionalObject(body, at, ""));
  if (works == nullptr) return std::optional<WorksDraft>();
  const json& w = *works;
  if (auto s = RejectUnknownMembers(w, {"location", "performer", "description", "expectedCompletionDate", "quote"}, at);
      !s) {
    return s.error();
  }
  auto location = OptionalEnum<WorksLocation>(w, "location", ParseWorksLocation, "clientBuilding, publicDomain", at);
  if (!location) return location.error();
  if (!location->has_value())
    return Error::Invalid(at + ".location", "is required: clientBuilding or publicDomain", "ORD-025");
  auto performer = OptionalEnum<WorksPerformer>(w, "performer", ParseWorksPerformer, "client, proximus", at);
  if (!performer) return performer.error();
  if (!performer->has_value()) return Error::Invalid(at + ".performer", "is required: client or proximus", "ORD-027");
  WorksDraft draft;
  draft.location = **location;
  draft.performer = **performer;
  auto description = OptionalString(w, "description", at);
  if (!description) return description.error();
  draft.description = description->value_or("");
  ASSIGN_OR_RETURN(auto expected, OptionalDay(w, "expectedCompletionDate", at));
  draft.expected_completion = expected;
  auto quote = OptionalObject(w, "quote", at);
  if (!quote) return quote.error();
  if (*quote != nullptr) {
    const std::string qat = at + ".quote";
    TRY(RejectUnknownMembers(**quote, {"amountCents", "targetActivationDate"}, qat));
    ASSIGN_OR_RETURN(auto amount, OptionalInteger(**quote, "amountCents", qat));
    if (amount.has_value()) draft.quote_amount = Cents(*amount);
    ASSIGN_OR_RETURN(auto target, OptionalDay(**quote, "targetActivationDate", qat));
    draft.target_activation_date = target;
  }
  return std::optional<WorksDraft>(draft);
}

// "worksUpdate": {"id": "1", "expectedCompletionDate": "YYYY-MM-DD", "status": "completed"}
Result<std::optional<OrderChange::WorksUpdate>> WorksUpdateOf(const json& body) {
  ASSIGN_OR_RETURN(auto update, OptionalObject(body, "worksUpdate", ""));
  if (update == nullptr) return std::optional<OrderChange::WorksUpdate>();
  const json& u = *update;
  TRY(RejectUnknownMembers(u, {"id", "expectedCompletionDate", "status"}, "worksUpdate"));
  OrderChange::WorksUpdate out;
  ASSIGN_OR_RETURN(auto id, SmallId(u, "worksUpdate"));
  out.works_id = id;
  ASSIGN_OR_RETURN(auto expected, OptionalDay(u, "expectedCompletionDate", "worksUpdate"));
  out.expected_completion = expected;
  auto status = OptionalString(u, "status", "worksUpdate");
  if (!status) return status.error();
  if (status->has_value()) {
    if (**status != "completed") return Error::Invalid("worksUpdate.status", "can only be completed", "ORD-028");
    out.completed = true;
  }
  return std::optional<OrderChange::WorksUpdate>(out);
}

// "mobileBackup": {"indoorCoverage": "notAssured" | "coveredByAntennas" | "notCovered", "antennasInstalled": n}
Result<std::optional<OrderChange::Coverage>> CoverageOf(const json& body) {
  ASSIGN_OR_RETURN(auto coverage, OptionalObject(body, "mobileBackup", ""));
  if (coverage == nullptr) return std::optional<OrderChange::Coverage>();
  const json& c = *coverage;
  TRY(RejectUnknownMembers(c, {"indoorCoverage", "antennasInstalled"}, "mobileBackup"));
  OrderChange::Coverage out;
  auto status = OptionalEnum<IndoorCoverage>(c, "indoorCoverage", ParseIndoorCoverage,
                                             "notAssured, coveredByAntennas, notCovered", "mobileBackup");
  if (!status) return status.error();
  if (status->has_value() && **status == IndoorCoverage::kNotChecked) {
    return Error::Invalid("mobileBackup.indoorCoverage", "must be one of notAssured, coveredByAntennas, notCovered",
                          "CAT-088");
  }
  out.status = *status;
  auto antennas = OptionalInteger(c, "antennasInstalled", "mobileBackup");
  if (!antennas) return antennas.error();
  if (antennas->has_value()) {
    if (**antennas <= 0 || **antennas > 20) {
      return Error::Invalid("mobileBackup.antennasInstalled", "is a number of antennas from 1 to 20", "CAT-088");
    }
    out.antennas = static_cast<int>(**antennas);
  }
  if (!out.status && out.antennas == 0) {
    return Error::Invalid("mobileBackup", "give indoorCoverage or antennasInstalled", "CAT-088");
  }
  return std::optional<OrderChange::Coverage>(out);
}

// "lateActivation": {"newPlannedDate": "YYYY-MM-DD", "reason": "..."}
Result<std::optional<OrderChange::Reschedule>> RescheduleOf(const json& body) {
  ASSIGN_OR_RETURN(auto late, OptionalObject(body, "lateActivation", ""));
  if (late == nullptr) return std::optional<OrderChange::Reschedule>();
  const json& l = *late;
  TRY(RejectUnknownMembers(l, {"newPlannedDate", "reason"}, "lateActivation"));
  ASSIGN_OR_RETURN(auto day, OptionalDay(l, "newPlannedDate", "lateActivation"));
  if (!day.has_value()) return Error::Invalid("lateActivation.newPlannedDate", "is required", "ORD-035");
  ASSIGN_OR_RETURN(auto reason, OptionalString(l, "reason", "lateActivation"));
  return std::optional<OrderChange::Reschedule>(OrderChange::Reschedule{*day, reason.value_or("")});
}

}  // namespace

Result<json> OrderFormOf(const json& body) {
  if (auto s = RejectUnknownMembers(body, {"externalId", "description", "relatedParty", "productOrderItem"}); !s) {
    return s.error();
  }
  ASSIGN_OR_RETURN(auto item, FormulaItem(body));
  json form = json::object();
  auto formula = OfferingId(*item, kItem);
  if (!formula) return formula.error();
  if (formula->has_value()) form["formula"] = **formula;
  auto product = OptionalObject(*item, "product", kItem);
  if (!product) return product.error();
  if (*product != nullptr) {
    if (auto s = RejectUnknownMembers(**product, {"place", "productCharacteristic"}, Path(kItem, "product")); !s) {
      return s.error();
    }
    auto characteristics = CharacteristicsOf(**product, Path(kItem, "product"), kCompatibleLine);
    if (!characteristics) return characteristics.error();
    if (!characteristics->empty()) form["characteristics"] = *characteristics;
  }
  ASSIGN_OR_RETURN(auto nested, OptionalArray(*item, "productOrderItem", kItem));
  if (nested != nullptr) {
    json options = json::array();
    for (std::size_t i = 0; i < (nested)->size(); ++i) {
      ASSIGN_OR_RETURN(auto option, OptionOf((*nested)[i], Index(Path(kItem, "productOrderItem"), i)));
      options.push_back(option);
    }
    form["options"] = options;
  }
  return form;
}

Result<OrderIntake> OrderIntakeFromJson(const json& body) {
  ASSIGN_OR_RETURN(auto form, OrderFormOf(body));
  OrderIntake intake;
  ParsedOrder parsed = ParseOrderJson(form);
  intake.request = std::move(parsed.order);
  intake.parse_violations = std::move(parsed.violations);
  auto customer = OrdererOf(body);
  if (!customer) return customer.error();
  intake.customer = *customer;
  const json& item = body["productOrderItem"][0];
  auto site = SiteOf(item);
  if (!site) return site.error();
  intake.site = *site;
  intake.line = LineOf(item, intake.parse_violations);
  ASSIGN_OR_RETURN(auto external, OptionalString(body, "externalId"));
  intake.external_id = external.value_or("");
  auto contacts = ContactsOf(body, "customer");
  if (!contacts) return contacts.error();
  intake.contacts = std::move(*contacts);
  return intake;
}

json OrderToJson(const ProductOrder& o, const Catalog& catalog) {
  std::string id = std::to_string(o.id.value());
  json out{
      {"id", id},
      {"href", std::string(kProductOrderBase) + "/" + id},
      {"@type", "ProductOrder"},
      {"state", std::string(ToString(o.state()))},
      {"milestone", std::string(ToString(o.milestone))},
      {"orderDate", FormatInstant(o.created_at)},
      {"relatedParty",
       json::array(
           {{{"id", std::to_string(o.customer_id.value())}, {"role", "customer"}, {"@referredType", "Customer"}}})},
      {"productOrderItem", json::array({FormulaItemJson(o)})},
      {"milestoneHistory", HistoryJson(o)}};
  if (!o.external_id.empty()) out["externalId"] = o.external_id;
  if (o.target_activation_date) out["expectedCompletionDate"] = FormatCivilDay(*o.target_activation_date);
  if (o.appointment_at) out["installationAppointment"] = FormatBrussels(*o.appointment_at);
  if (o.activated_at) out["activationDate"] = FormatInstant(*o.activated_at);
  if (o.completed_at) out["completionDate"] = FormatInstant(*o.completed_at);
  if (o.rush) {
    out["requestedCompletionDate"] = FormatCivilDay(o.rush->requested_ready_for_service);
    out["rushProvisioning"] = RushJson(o);
  }
  for (const ImplementationContact& c : o.contacts) out["relatedParty"].push_back(ContactJson(c));
  std::optional<Technology> technology;
  if (const Formula* formula = catalog.FindFormula(o.request.formula)) technology = formula->technology;
  out["siteReadiness"] = SiteReadinessJson(o, technology);
  json quotes = json::array(), works = json::array(), late = json::array();
  for (const OrderQuote& q : o.quotes) quotes.push_back(QuoteJson(q));
  for (const InfrastructureWorks& w : o.works) works.push_back(WorksJson(w));
  for (const LateNotice& n : o.late_notices) late.push_back(LateNoticeJson(n));
  out["quote"] = quotes;
  out["infrastructureWorks"] = works;
  out["lateActivationNotice"] = late;
  if (o.mobile_backup.status != IndoorCoverage::kNotChecked) {
    json m{{"indoorCoverage", std::string(ToString(o.mobile_backup.status))},
           {"antennasInstalled", o.mobile_backup.antennas}};
    if (o.mobile_backup.recorded_at) m["recordedAt"] = FormatInstant(*o.mobile_backup.recorded_at);
    m["optionRemoved"] = o.mobile_backup.status == IndoorCoverage::kNotCovered;
    out["mobileBackup"] = m;
  }
  AddCharges(o, out);
  return out;
}

json ViolationsErrorJson(const std::vector<Violation>& violations) {
  json list = json::array();
  for (const Violation& v : violations) {
    list.push_back(
        {{"rule", v.rule.empty() ? json(nullptr) : json(v.rule)}, {"field", v.field}, {"message", v.message}});
  }
  std::string count = std::to_string(violations.size());
  return {
      {"@type", "Error"},
      {"code", "InvalidArgument"},
      {"reason", "InvalidArgument"},
      {"message", "the order cannot be accepted: " + count + (violations.size() == 1 ? " violation" : " violations")},
      {"status", "400"},
      {"violations", list}};
}

Result<OrderChange> OrderChangeFromJson(const json& body) {
  if (auto s = RejectUnknownMembers(
          body, {"state", "milestone", "appointmentDate", "targetActivationDate", "delayCause", "reason",
                 "rushFeasibility", "relatedParty", "siteReadiness", "quote", "quoteAnswer", "infrastructureWorks",
                 "worksUpdate", "mobileBackup", "lateActivation"});
      !s) {
    return s.error();
  }
  OrderChange change;
  auto contacts = ContactsOf(body, {});
  if (!contacts) return contacts.error();
  change.contacts = std::move(*contacts);
  ASSIGN_OR_RETURN(auto items, SiteItemsOf(body));
  change.site_items = std::move(items);
  auto quote = QuoteOf(body);
  if (!quote) return quote.error();
  change.quote = *quote;
  ASSIGN_OR_RETURN(auto answer, QuoteAnswerOf(body));
  change.quote_answer = answer;
  auto works = WorksOf(body);
  if (!works) return works.error();
  change.works = *works;
  ASSIGN_OR_RETURN(auto update, WorksUpdateOf(body));
  change.works_update = update;
  auto coverage = CoverageOf(body);
  if (!coverage) return coverage.error();
  change.coverage = *coverage;
  auto late = RescheduleOf(body);
  if (!late) return late.error();
  change.late = *late;
  auto step = StepOf(body);
  if (!step) return step.error();
  change.step = *step;
  if (!change.step && body.contains("appointmentDate")) {  // a new appointment without a state change
    ASSIGN_OR_RETURN(auto text, RequiredString(body, "appointmentDate"));
    ASSIGN_OR_RETURN(auto at, ParseIso8601(text, "appointmentDate"));
    change.new_appointment = at;
  }
  auto rush = OptionalObject(body, "rushFeasibility", "");
  if (!rush) return Error::Invalid("rushFeasibility", "must be an object {\"decision\", \"refusalReason\"}");
  if (*rush != nullptr) {
    const json& r = **rush;
    TRY(RejectUnknownMembers(r, {"decision", "refusalReason"}, "rushFeasibility"));
    auto decision =
        OptionalEnum<RushFeasibility>(r, "decision", ParseRushFeasibility, "accepted, refused", "rushFeasibility");
    if (!decision) return decision.error();
    if (!decision->has_value()) return Error::Invalid("rushFeasibility.decision", "is required", "ORD-042");
    auto reason =
        OptionalEnum<RushRefusalReason>(r, "refusalReason", ParseRushRefusalReason,
                                        "productionCapacity, siteNotReady, technicalConstraints", "rushFeasibility");
    if (!reason) return reason.error();
    change.rush = OrderChange::RushAnswer{**decision, *reason};
  }
  return change;
}

Result<OrderFilter> OrderFilterFromQuery(const Request& request) {
  TRY(OnlyQueryParameters(
      request, {"state", "milestone", "externalId", "productOffering.id", "late", "fields", "offset", "limit"}));
  OrderFilter filter;
  if (auto state = request.Query("state")) {
    filter.state = ParseOrderState(*state);
    if (!filter.state) return Error::Invalid("state", "must be one of " + kOrderStateNames.Allowed());
  }
  if (auto milestone = request.Query("milestone")) {
    filter.milestone = ParseOrderMilestone(*milestone);
    if (!filter.milestone) return Error::Invalid("milestone", "is not a milestone of the implementation phase");
  }
  if (auto external = request.Query("externalId")) filter.external_id = *external;
  if (auto formula = request.Query("productOffering.id")) filter.formula = *formula;
  return filter;
}

Result<bool> LateOnlyFromQuery(const Request& request) {
  auto late = request.Query("late");
  if (!late || *late == "false") return false;
  if (*late == "true") return true;
  return Error::Invalid("late", "is true or false", "ORD-034");
}

}  // namespace bizline::http
