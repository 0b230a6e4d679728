// A small hand-built catalog for the pure domain tests (the real catalog/offer.yaml is tested
// through the loader in tests/catalog/). It mirrors a few formulas of T-01 with the cells that
// the rules under test depend on.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "domain/catalog/catalog.h"

namespace bizline::testing {

inline ComponentDef Component(std::string id, std::string rule, bool orderable = true) {
  ComponentDef c;
  c.name = id;
  c.id = std::move(id);
  c.rule = std::move(rule);
  c.orderable = orderable;
  return c;
}

inline ComponentDef SpeedUpgrade(std::string id, std::string rule, int down, int up, std::string wifi_off_rule = "") {
  ComponentDef c = Component(std::move(id), std::move(rule));
  c.technology = Technology::kFiber;
  c.group = OptionGroup::kSpeedUpgrade;
  c.speed = Speed{down, up};
  c.forces_wifi_off_rule = std::move(wifi_off_rule);
  return c;
}

inline ComponentDef SlaTier(std::string id, std::string tier) {
  ComponentDef c = Component(std::move(id), "CAT-008");
  c.kind = ComponentKind::kSupport;
  c.group = OptionGroup::kSlaTier;
  c.sla_tier = std::move(tier);
  return c;
}

inline std::vector<ComponentDef> FixtureComponents() {
  ComponentDef ip_pack = Component("ip-pack", "CAT-056");
  ip_pack.characteristics.push_back({"ipv4BlockSize",
                                     CharacteristicType::kInteger,
                                     CharacteristicRequirement::kRequired,
                                     {4, 8, 16, 32},
                                     "CAT-057",
                                     "IP-008",
                                     {},
                                     {},
                                     {}});
  ComponentDef rush = Component("rush-provisioning", "ORD-037");
  rush.kind = ComponentKind::kSupport;
  rush.characteristics.push_back({"requestedReadyForService",
                                  CharacteristicType::kDate,
                                  CharacteristicRequirement::kRequired,
                                  {},
                                  "ORD-039",
                                  "",
                                  {},
                                  {},
                                  {}});
  // CAT-086: a positive feasibility study where the option is ordered (OPT), none where DEF.
  ComponentDef backup = Component("mobile-backup", "CAT-078");
  backup.characteristics.push_back({"feasibilityStudy",
                                    CharacteristicType::kText,
                                    CharacteristicRequirement::kRequiredWhereOptional,
                                    {},
                                    "CAT-086",
                                    "",
                                    {"positive", "negative"},
                                    {"positive"},
                                    {}});
  ComponentDef installation = Component("installation", "CAT-008", false);
  installation.kind = ComponentKind::kSupport;
  return {
      Component("bandwidth", "CAT-009", false),
      Component("wifi", "CAT-021", false),
      Component("mailbox", "CAT-018", false),
      Component("fixed-ipv6-block", "CAT-015", false),
      Component("fixed-ipv4", "CAT-014"),
      ip_pack,
      Component("router-upgrade", "CAT-046"),
      backup,
      Component("standard-changes", "CFG-033"),
      rush,
      SpeedUpgrade("extended-boost", "CAT-023", 500, 100),
      SpeedUpgrade("fiber-up", "CAT-024", 1000, 500),
      SpeedUpgrade("fiber-fast", "CAT-024", 2500, 1000, "CAT-096"),
      SpeedUpgrade("fiber-express", "CAT-024", 8500, 1500, "CAT-097"),
      SpeedUpgrade("fullfiber-boost-pro", "CAT-022", 1000, 200),
      SpeedUpgrade("business-fiber-500", "CAT-025", 500, 500),
      SpeedUpgrade("business-fiber-2500", "CAT-025", 2500, 1000),
      SlaTier("sla-premium", "premium"),
      SlaTier("sla-medium", "medium"),
      installation,
  };
}

using Cells = std::vector<std::pair<std::string, ComponentAvailability>>;
inline constexpr auto kDef = ComponentAvailability::kDefault;
inline constexpr auto kOpt = ComponentAvailability::kOptional;

inline Formula MakeFormula(std::string id, Technology technology, CpeType cpe, AddressMode ipv4, AddressMode ipv6,
                           const Cells& cells) {
  Formula f;
  f.name = "Formula " + id;
  f.id = std::move(id);
  f.technology = technology;
  f.cpe = cpe;
  f.speed = Speed{100, 40};
  f.ip = {ipv4, ipv6, ipv6 == AddressMode::kFixed ? 56 : 0};
  f.port_profile = "standard";
  f.default_sla_tier = "default";
  if (cpe == CpeType::kRouter) f.max_end_users = 253;              // CAT-063; the Client's router decides (CAT-064)
  f.components["installation"] = ComponentAvailability::kDefault;  // CAT-006: a support component
  for (const auto& [component, availability] : cells) f.components[component] = availability;
  return f;
}

inline std::vector<Formula> FixtureFormulas() {
  using enum Technology;
  using enum CpeType;
  using enum AddressMode;
  Formula essential = MakeFormula("internet-essential", kCopper, kRouter, kDynamic, kDynamic,
                                  {{"bandwidth", kDef}, {"wifi", kDef}, {"mailbox", kDef}});
  essential.status = FormulaStatus::kStopSell;
  essential.mailboxes = {1, 50};
  Formula pro = MakeFormula("internet-pro", kCopper, kRouter, kDynamic, kDynamic,
                            {{"bandwidth", kDef}, {"wifi", kDef}, {"mailbox", kDef}, {"fixed-ipv4", kOpt}});
  pro.mailboxes = {10, 50};
  Formula pro_plus = MakeFormula("internet-pro-plus", kCopper, kRouter, kFixed, kFixed,
                                 {{"bandwidth", kDef},
                                  {"wifi", kDef},
                                  {"fixed-ipv4", kDef},
                                  {"fixed-ipv6-block", kDef},
                                  {"ip-pack", kOpt},
                                  {"router-upgrade", kOpt},
                                  {"mobile-backup", kOpt},
                                  {"standard-changes", kOpt},
                                  {"sla-premium", kOpt},
                                  {"sla-medium", kOpt}});
  pro_plus.default_sla_tier = "basic";
  Formula pro_plus_essential = MakeFormula("internet-pro-plus-essential", kCopper, kModem, kFixed, kFixed,
                                           {{"bandwidth", kDef},
                                            {"fixed-ipv4", kDef},
                                            {"fixed-ipv6-block", kDef},
                                            {"ip-pack", kOpt},
                                            {"sla-premium", kOpt},
                                            {"sla-medium", kOpt}});
  pro_plus_essential.default_sla_tier = "basic";
  Formula fullfiber = MakeFormula("fullfiber", kFiber, kRouter, kFixed, kDynamic,
                                  {{"bandwidth", kDef},
                                   {"wifi", kDef},
                                   {"fixed-ipv4", kDef},
                                   {"mailbox", kDef},
                                   {"fullfiber-boost-pro", kOpt},
                                   {"sla-premium", kOpt}});
  fullfiber.mailboxes = {10, 50};
  Formula ffe = MakeFormula("fullfiber-extended", kFiber, kRouter, kFixed, kFixed,
                            {{"bandwidth", kDef},
                             {"wifi", kDef},
                             {"fixed-ipv4", kDef},
                             {"fixed-ipv6-block", kDef},
                             {"ip-pack", kOpt},
                             {"mobile-backup", kOpt},
                             {"standard-changes", kOpt},
                             {"extended-boost", kOpt},
                             {"fiber-up", kOpt},
                             {"fiber-fast", kOpt},
                             {"fiber-express", kOpt},
                             {"sla-premium", kOpt},
                             {"sla-medium", kOpt}});
  ffe.default_sla_tier = "basic";
  Formula temporary = ffe;
  temporary.id = "temporary-fullfiber-extended";
  temporary.name = "Temporary FullFiber Extended";
  temporary.kind = FormulaKind::kTemporary;
  temporary.derived_from = "fullfiber-extended";
  temporary.components["mobile-backup"] = kDef;
  temporary.components["rush-provisioning"] = kOpt;
  Formula bi_fiber = MakeFormula("business-internet-fiber", kFiber, kRouter, kDynamic, kDynamic,
                                 {{"bandwidth", kDef},
                                  {"wifi", kDef},
                                  {"fixed-ipv4", kOpt},
                                  {"business-fiber-500", kDef},
                                  {"business-fiber-2500", kOpt}});
  Formula bi_copper = MakeFormula("business-internet-copper", kCopper, kRouter, kDynamic, kDynamic,
                                  {{"bandwidth", kDef}, {"wifi", kDef}, {"fixed-ipv4", kOpt}});
  bi_copper.status = FormulaStatus::kPending;
  bi_copper.speed.reset();
  return {essential, pro, pro_plus, pro_plus_essential, fullfiber, ffe, temporary, bi_fiber, bi_copper};
}

inline std::vector<PriceItem> FixturePrices(const std::vector<Formula>& formulas) {
  PriceItem activation{"activation-fee", "Activation", {}, {}, PriceType::kOneTime, Cents(9900), "BIL-001", false};
  PriceItem monthly{"monthly", "Monthly fee", {}, {}, PriceType::kRecurring, Cents(5000), "BIL-002", false};
  for (const Formula& f : formulas) {
    activation.offerings.push_back(f.id);
    monthly.offerings.push_back(f.id);
  }
  return {activation, monthly};
}

// CAT-003, CAT-004: the four Solution Elements, two of them Products; CAT-029/030/032: the speed
// texts per technology.
inline ServiceInformation FixtureService() {
  ServiceInformation service;
  service.solution_elements = {{"cpe", "CPE", true},
                               {"line", "Internet access line", false},
                               {"platform", "Internet service platform", false},
                               {"mobile-backup-hardware", "Mobile backup hardware", true}};
  service.speeds = {
      {Technology::kCopper, {"CAT-029", "Copper speeds are theoretical."}, "https://example.test/copper"},
      {Technology::kFiber, {"CAT-032", "Fiber speeds depend on the installation."}, "https://example.test/fiber"}};
  service.speed_policy_url = "https://example.test/policy";
  return service;
}

inline Catalog FixtureCatalog() {
  std::vector<Formula> formulas = FixtureFormulas();
  std::vector<PriceItem> prices = FixturePrices(formulas);
  PortProfile standard{"standard", {{80, "tcp", "WEB"}, {443, "tcp", "WEB"}, {22, "tcp", "SSH"}}};
  return Catalog(FixtureComponents(), std::move(formulas), {standard}, {23}, std::move(prices), FixtureService());
}

}  // namespace bizline::testing
