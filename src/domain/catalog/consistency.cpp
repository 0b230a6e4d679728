#include "domain/catalog/consistency.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace bizline {
namespace {

using Issues = std::vector<CatalogIssue>;
constexpr int kFixedIpv6Prefix = 56;  // CAT-048

bool Offered(const Formula& f, std::string_view component) {
  return f.Availability(component) != ComponentAvailability::kNotOffered;
}
bool Included(const Formula& f, std::string_view component) {
  return f.Availability(component) == ComponentAvailability::kDefault;
}

template <typename T>
void CheckUniqueIds(const std::vector<T>& items, std::string_view what, Issues& issues) {
  std::set<std::string> seen;
  for (const T& item : items) {
    if (!seen.insert(item.id).second) {
      issues.push_back({"", item.id, std::string(what) + " id '" + item.id + "' is used twice", ""});
    }
  }
}

void CheckComponents(const Catalog& catalog, Issues& issues) {
  for (const ComponentDef& c : catalog.components()) {
    if (c.group == OptionGroup::kSpeedUpgrade && !c.speed) {
      issues.push_back({"", c.id, "speed upgrade '" + c.id + "' states no speed", "CAT-033"});
    }
    if (c.group == OptionGroup::kSlaTier && !IsSlaTierId(c.sla_tier)) {
      issues.push_back(
          {"", c.id, "SLA tier option '" + c.id + "' selects no known tier (basic, medium, premium)", "SLA-004"});
    }
    if (c.group != OptionGroup::kNone && !c.orderable) {
      issues.push_back({"", c.id, "'" + c.id + "' is in an option group but is not orderable", "CAT-007"});
    }
  }
}

// CAT-003: exactly the four Solution Elements; CAT-004: the CPE and the mobile backup hardware
// are the Products, nothing else is. Components name only those elements (T-05 column 2).
void CheckSolutionElements(const Catalog& catalog, Issues& issues) {
  const ServiceInformation& service = catalog.service();
  std::set<std::string> ids;
  for (const SolutionElement& e : service.solution_elements) ids.insert(e.id);
  std::set<std::string> expected(std::begin(kSolutionElementIds), std::end(kSolutionElementIds));
  if (ids != expected || ids.size() != service.solution_elements.size()) {
    issues.push_back({"", "solution-elements",
                      "the Service has exactly four Solution Elements: cpe, line, platform, mobile-backup-hardware",
                      "CAT-003"});
  }
  std::set<std::string> products(std::begin(kProductElementIds), std::end(kProductElementIds));
  for (const SolutionElement& e : service.solution_elements) {
    if (e.is_product != (products.count(e.id) > 0)) {
      issues.push_back({"", "solution-elements",
                        "'" + e.id + "': the Products are exactly the CPE and the mobile backup hardware", "CAT-004"});
    }
  }
  for (const ComponentDef& c : catalog.components()) {
    for (const std::string& element : c.elements) {
      if (service.FindElement(element) == nullptr) {
        issues.push_back({"", c.id, "'" + c.id + "' names unknown Solution Element '" + element + "'", "CAT-003"});
      }
    }
  }
}

// CAT-029, CAT-032: a disclaimer, and CAT-030: an address to check the speed, for every
// technology a formula is sold on.
void CheckSpeedInformation(const Catalog& catalog, Issues& issues) {
  const ServiceInformation& service = catalog.service();
  std::set<Technology> used;
  for (const Formula& f : catalog.formulas()) used.insert(f.technology);
  for (Technology technology : used) {
    const SpeedInformation* info = service.SpeedFor(technology);
    std::string name(ToString(technology));
    if (info == nullptr || info->disclaimer.text.empty()) {
      std::string rule = technology == Technology::kCopper ? "CAT-029" : "CAT-032";
      issues.push_back({"", "speed-information", "the speed disclaimer for " + name + " is missing", rule});
    }
    if (info == nullptr || info->check_url.empty()) {
      issues.push_back(
          {"", "speed-information", "the address where a Client checks its " + name + " speed is missing", "CAT-030"});
    }
  }
  if (!used.empty() && service.speed_policy_url.empty()) {
    issues.push_back({"", "speed-information", "the general speed information address is missing", "CAT-030"});
  }
}

void CheckCells(const Catalog& catalog, const Formula& f, Issues& issues) {
  for (const auto& [id, availability] : f.components) {
    const ComponentDef* c = catalog.FindComponent(id);
    if (c == nullptr) {
      issues.push_back({f.id, id, "unknown component '" + id + "'", "CAT-008"});
      continue;
    }
    if (availability == ComponentAvailability::kNotOffered) continue;
    if (c->technology && *c->technology != f.technology) {
      issues.push_back(
          {f.id, id, "'" + id + "' exists only on " + std::string(ToString(*c->technology)) + " formulas", c->rule});
    }
    if (availability == ComponentAvailability::kOptional && !c->orderable) {
      issues.push_back({f.id, id, "'" + id + "' cannot be ordered, so it can only be DEF or \"-\"", "CAT-007"});
    }
  }
}

// CAT-006: a formula is a set of Service Components covering functionality and support. Some
// components are part of every formula (CAT-009 bandwidth, CAT-010 ports, CAT-098 caching DNS).
void CheckComposition(const Catalog& catalog, const Formula& f, Issues& issues) {
  bool functional = false;
  bool support = false;
  for (const auto& [id, availability] : f.components) {
    const ComponentDef* c = catalog.FindComponent(id);
    if (c == nullptr || availability != ComponentAvailability::kDefault) continue;
    functional = functional || c->kind == ComponentKind::kFunctional;
    support = support || c->kind == ComponentKind::kSupport;
  }
  if (!functional || !support) {
    issues.push_back({f.id, "components",
                      std::string("a formula includes both functional and support components; it has no ") +
                          (functional ? "support" : "functional") + " component included by default",
                      "CAT-006"});
  }
  for (const ComponentDef& c : catalog.components()) {
    if (c.in_every_formula && !Included(f, c.id)) {
      issues.push_back({f.id, c.id, "'" + c.id + "' is part of every formula, so its cell is DEF", c.rule});
    }
  }
}

void CheckDerivation(const Catalog& catalog, const Formula& f, Issues& issues) {
  if (f.kind == FormulaKind::kBase) return;
  const Formula* base = catalog.FindFormula(f.derived_from);
  if (base == nullptr || base->kind != FormulaKind::kBase) {
    issues.push_back({f.id, "derived-from", "'" + f.derived_from + "' is not a base formula", "CAT-026"});
    return;
  }
  if (f.kind == FormulaKind::kLikeForLike &&
      (base->technology != Technology::kCopper || f.technology != Technology::kFiber)) {
    issues.push_back({f.id, "derived-from", "a like-for-like profile is a fiber copy of a copper product", "CAT-026"});
  }
}

void CheckTemporaryRules(const Formula& f, Issues& issues) {
  bool temporary = f.kind == FormulaKind::kTemporary;
  if (!temporary && Offered(f, "rush-provisioning")) {
    issues.push_back({f.id, "rush-provisioning", "Rush Provisioning is offered only on Temporary lines", "ORD-037"});
  }
  if (temporary && !Included(f, "mobile-backup")) {
    issues.push_back({f.id, "mobile-backup", "mobile backup is always activated on Temporary lines (DEF)", "CAT-090"});
  }
}

void CheckIpAddressing(const Formula& f, Issues& issues) {
  bool fixed_v4 = f.ip.ipv4 == AddressMode::kFixed;
  if (fixed_v4 != Included(f, "fixed-ipv4")) {
    issues.push_back({f.id, "fixed-ipv4", "the fixed-ipv4 cell must be DEF exactly when ip.ipv4 is fixed", "CAT-055"});
  }
  bool fixed_v6 = f.ip.ipv6 == AddressMode::kFixed;
  if (fixed_v6 != Included(f, "fixed-ipv6-block")) {
    issues.push_back(
        {f.id, "fixed-ipv6-block", "the fixed-ipv6-block cell must be DEF exactly when ip.ipv6 is fixed", "CAT-055"});
  }
  if (fixed_v6 && f.ip.fixed_ipv6_prefix != kFixedIpv6Prefix) {
    issues.push_back({f.id, "ip", "a fixed IPv6 block is a /56", "CAT-048"});
  }
  if (Offered(f, "ip-pack") && !fixed_v4) {
    issues.push_back({f.id, "ip-pack", "an IP Pack needs a formula with a fixed IPv4 address", "CAT-056"});
  }
}

void CheckEquipment(const Formula& f, Issues& issues) {
  if (Included(f, "mailbox") != (f.mailboxes.count > 0)) {
    issues.push_back({f.id, "mailbox", "the mailbox cell must be DEF exactly when mailboxes.count > 0", "CAT-018"});
  }
  bool router = f.cpe == CpeType::kRouter;
  if (Offered(f, "wifi") && !router) {
    issues.push_back({f.id, "wifi", "wifi needs a router supplied by Proximus", "CAT-095"});
  }
  // CAT-012: what the CPE type implies. A modem-only formula leaves the router, and with it the
  // firewall, the router choice and the End User limit, to the Client (CAT-043, CAT-064).
  if (Offered(f, "managed-firewall") && !router) {
    issues.push_back(
        {f.id, "managed-firewall", "the managed firewall runs in a router supplied by Proximus", "CAT-072"});
  }
  if (Offered(f, "router-upgrade") && !router) {
    issues.push_back({f.id, "router-upgrade", "a router upgrade needs a router supplied by Proximus", "CAT-012"});
  }
  if (router != f.max_end_users.has_value()) {
    issues.push_back({f.id, "cpe",
                      router ? "a formula with a Proximus router states its End User limit (253)"
                             : "with the Client's own router the End User limit is not the catalog's to state",
                      router ? "CAT-063" : "CAT-064"});
  }
  if (f.status == FormulaStatus::kLaunched && !f.speed) {
    issues.push_back({f.id, "speed", "a formula on sale needs a speed; mark it pending until one is defined", "X-25"});
  }
}

void CheckSla(const Catalog& catalog, const Formula& f, Issues& issues) {
  bool no_levels = f.default_sla_tier == kNoSlaTier;
  if (!no_levels && !IsSlaTierId(f.default_sla_tier)) {
    issues.push_back({f.id, "sla-tier", "sla-tier must be basic, medium, premium, default or none", "SLA-004"});
  }
  for (const ComponentDef* option : catalog.Options()) {
    if (option->group != OptionGroup::kSlaTier || !Offered(f, option->id)) continue;
    if (no_levels) {
      issues.push_back({f.id, option->id, "a formula without service levels (X-25) offers no SLA tier option", "X-25"});
    } else if (option->sla_tier == f.default_sla_tier) {
      issues.push_back(
          {f.id, option->id, "an SLA tier option cannot select the formula's own default tier", "SLA-004"});
    }
  }
}

void CheckVolume(const Formula& f, Issues& issues) {
  const Volume& v = f.volume;
  // CAT-011, T-12: a capped volume can be topped up with a paid Volume Pack (USE-004), a fair-use
  // one with a free Volume Pack (USE-005); an unlimited one needs none.
  VolumePackCharge expected = v.policy == VolumePolicy::kCapped    ? VolumePackCharge::kPaid
                              : v.policy == VolumePolicy::kFairUse ? VolumePackCharge::kFree
                                                                   : VolumePackCharge::kNone;
  if (v.policy != VolumePolicy::kUnlimited && v.volume_pack != expected) {
    issues.push_back(
        {f.id, "volume",
         "a " + std::string(ToString(v.policy)) + " volume has volume-pack " + std::string(ToString(expected)),
         "CAT-011"});
  }
  if (Offered(f, "volume-pack") != (expected != VolumePackCharge::kNone)) {
    issues.push_back(
        {f.id, "volume-pack", "the volume-pack cell is OPT exactly when the volume is capped or fair-use", "CAT-011"});
  }
  if (v.policy == VolumePolicy::kCapped && v.included_gb <= 0) {
    issues.push_back({f.id, "volume", "a capped volume needs included-gb > 0", "USE-002"});
  }
  if (v.policy == VolumePolicy::kFairUse && v.fair_use_gb <= 0) {
    issues.push_back({f.id, "volume", "a fair-use volume needs a threshold > 0", "USE-005"});
  }
  if (v.policy == VolumePolicy::kUnlimited && v.volume_pack != VolumePackCharge::kNone) {
    issues.push_back({f.id, "volume", "an unlimited volume has no Volume Pack", "USE-007"});
  }
  for (const std::string& option : v.raised_with) {
    if (!Offered(f, option)) {
      issues.push_back(
          {f.id, "volume", "the threshold is raised with '" + option + "', which is not offered", "USE-006"});
    }
  }
}

void CheckPorts(const Catalog& catalog, const Formula& f, Issues& issues) {
  if (catalog.FindPortProfile(f.port_profile) == nullptr) {
    issues.push_back({f.id, "ports", "unknown port profile '" + f.port_profile + "'", "CAT-061"});
  }
}

void CheckPortProfiles(const Catalog& catalog, Issues& issues) {
  const auto& reserved = catalog.reserved_ports();
  for (const PortProfile& profile : catalog.port_profiles()) {
    for (const OpenPort& p : profile.ports) {
      if (p.port < 1 || p.port > 65535) {
        issues.push_back({"", profile.id, "port " + std::to_string(p.port) + " is not in 1..65535", "CAT-062"});
      }
      if (std::find(reserved.begin(), reserved.end(), p.port) != reserved.end()) {
        issues.push_back({"", profile.id, "port " + std::to_string(p.port) + " is reserved by Proximus", "CFG-034"});
      }
    }
  }
}

void CheckPrices(const Catalog& catalog, Issues& issues) {
  for (const PriceItem& price : catalog.prices()) {
    if (price.amount < Cents(0)) issues.push_back({"", price.id, "a price cannot be negative", "T-20"});
    for (const std::string& offering : price.offerings) {
      if (catalog.FindFormula(offering) == nullptr && catalog.FindComponent(offering) == nullptr) {
        issues.push_back({"", price.id, "the price names unknown offering '" + offering + "'", "T-20"});
      }
    }
    for (const std::string& formula : price.for_formulas) {
      if (catalog.FindFormula(formula) == nullptr) {
        issues.push_back({"", price.id, "the price names unknown formula '" + formula + "'", "T-20"});
      }
    }
  }
  for (const Formula& f : catalog.formulas()) {
    bool one_time = false;
    bool recurring = false;
    for (const PriceItem* price : catalog.PricesFor(f.id)) {
      one_time = one_time || price->type == PriceType::kOneTime;
      recurring = recurring || price->type == PriceType::kRecurring;
    }
    if (!one_time || !recurring) {
      issues.push_back({f.id, "prices", "a formula needs an activation fee and a monthly subscription fee", "BIL-001"});
    }
  }
}

}  // namespace

std::vector<CatalogIssue> CheckCatalogConsistency(const Catalog& catalog) {
  Issues issues;
  CheckUniqueIds(catalog.components(), "component", issues);
  CheckUniqueIds(catalog.formulas(), "formula", issues);
  CheckUniqueIds(catalog.port_profiles(), "port profile", issues);
  CheckUniqueIds(catalog.prices(), "price", issues);
  CheckComponents(catalog, issues);
  CheckSolutionElements(catalog, issues);
  CheckSpeedInformation(catalog, issues);
  CheckPortProfiles(catalog, issues);
  for (const Formula& f : catalog.formulas()) {
    CheckCells(catalog, f, issues);
    CheckComposition(catalog, f, issues);
    CheckDerivation(catalog, f, issues);
    CheckTemporaryRules(f, issues);
    CheckIpAddressing(f, issues);
    CheckEquipment(f, issues);
    CheckSla(catalog, f, issues);
    CheckVolume(f, issues);
    CheckPorts(catalog, f, issues);
  }
  CheckPrices(catalog, issues);
  return issues;
}

}  // namespace bizline
