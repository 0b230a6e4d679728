#include "domain/ordering/order_intake.h"

#include "domain/calendar/brussels_time.h"
#include "domain/ordering/order_dates.h"
#include "domain/ordering/order_form_check.h"

namespace bizline {
namespace {

// The index of the rush option and its RFS date when both are well formed.
struct RushRequest {
  std::size_t index = 0;
  CivilDay rfs{};
};

std::optional<RushRequest> FindRush(const OrderRequest& request) {
  for (std::size_t i = 0; i < request.options.size(); ++i) {
    const OrderOption& option = request.options[i];
    if (option.id != kRushOptionId) continue;
    auto it = option.characteristics.find(kRushDateCharacteristic);
    if (it == option.characteristics.end()) return std::nullopt;
    const auto* text = std::get_if<std::string>(&it->second);
    if (text == nullptr) return std::nullopt;
    auto day = ParseCivilDay(*text);
    if (!day) return std::nullopt;
    return RushRequest{i, *day};
  }
  return std::nullopt;
}

Cents RushFee(const Catalog& catalog) {
  for (const PriceItem* price : catalog.PricesFor(kRushOptionId)) {
    if (price->type == PriceType::kOneTime) return price->amount;
  }
  return Cents(0);
}

}  // namespace

std::vector<Violation> CheckOrderIntake(const Catalog& catalog, const OrderIntake& intake, Instant now) {
  std::vector<Violation> out = CheckOrderForm(catalog, intake.request, intake.parse_violations);
  if (!intake.line) {
    out.push_back({"ORD-022", "characteristics.compatibleLine",
                   "State whether a compatible Proximus line is already at the Site (compatibleLine true or false, "
                   "U-32): it decides between the 20-business-day lead time and a site survey (ORD-023)."});
  }
  if (auto rush = FindRush(intake.request); rush && rush->rfs <= BrusselsDay(now)) {
    out.push_back({"ORD-039", "options[" + std::to_string(rush->index) + "]." + std::string(kRushDateCharacteristic),
                   "The requested Ready For Service date " + FormatCivilDay(rush->rfs) +
                       " has passed or is today; ask for a later day."});
  }
  for (const ContactInput& contact : intake.contacts) {
    if (auto s = CheckContact(contact); !s) out.push_back({s.error().rule, s.error().field, s.error().message});
  }
  return out;
}

std::string SelectedSlaTier(const Catalog& catalog, const OrderRequest& request) {
  for (const OrderOption& option : request.options) {
    const ComponentDef* def = catalog.FindComponent(option.id);
    if (def != nullptr && def->group == OptionGroup::kSlaTier) return def->sla_tier;
  }
  const Formula* formula = catalog.FindFormula(request.formula);
  return formula == nullptr ? std::string(kNoSlaTier) : formula->default_sla_tier;
}

ProductOrder OpenOrder(const Catalog& catalog, const OrderIntake& intake, Instant now, UserId by) {
  assert(intake.line && "OpenOrder needs an order CheckOrderIntake accepted");
  ProductOrder order;
  order.customer_id = intake.customer;
  order.site_id = intake.site;
  order.external_id = intake.external_id;
  order.request = intake.request;
  order.sla_tier = SelectedSlaTier(catalog, intake.request);
  order.line = *intake.line;
  order.milestone = OrderMilestone::kAcknowledged;
  order.created_at = now;
  for (const ContactInput& contact : intake.contacts) {
    bool known = false;
    for (const ImplementationContact& c : order.contacts)
      known = known || (c.name == contact.contact.name && c.phone == contact.contact.phone);
    if (!known) order.contacts.push_back(contact.contact);
  }
  order.history.push_back({OrderMilestone::kAcknowledged, now, by, "Order Form received (ORD-003)"});
  if (auto rush = FindRush(intake.request)) {
    RushProvisioning r;
    r.requested_ready_for_service = rush->rfs;                 // ORD-039
    r.feasibility_due = RushFeasibilityDue(BrusselsDay(now));  // ORD-042
    r.fee = RushFee(catalog);                                  // T-20 #16
    order.rush = r;
  }
  return order;
}

}  // namespace bizline
