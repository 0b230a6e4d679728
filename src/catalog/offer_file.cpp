#include "catalog/offer_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include "catalog/yaml_reader.h"
#include "domain/catalog/consistency.h"

namespace bizline {
namespace {

// Where each formula, cell and attribute came from, to place the consistency issues.
class Places {
 public:
  void Put(const std::string& owner, const std::string& subject, Location at) {
    places_.emplace(std::make_pair(owner, subject), std::move(at));
  }
  std::optional<Location> Find(const std::string& owner, const std::string& subject) const {
    auto it = places_.find({owner, subject});
    if (it != places_.end()) return it->second;
    it = places_.find({owner, ""});
    if (it != places_.end()) return it->second;
    return std::nullopt;
  }

 private:
  std::map<std::pair<std::string, std::string>, Location> places_;
};

// `notes: [{rule: CAT-082, text: ...}]`: the contract's sentences shown with an offering.
std::vector<CatalogNote> ParseNotes(YamlReader& r, const YAML::Node& node, const std::string& owner) {
  std::vector<CatalogNote> notes;
  if (!node) return notes;
  if (!node.IsSequence()) {
    r.Fail(node, "'notes' of " + owner + " must be a list of {rule, text}");
    return notes;
  }
  for (const auto& item : node) {
    if (!r.CheckMap(item, "a note of " + owner, {"rule", "text"})) continue;
    auto rule = r.String(item, "rule", "a note of " + owner);
    auto text = r.String(item, "text", "a note of " + owner);
    if (rule && text) notes.push_back({*rule, *text});
  }
  return notes;
}

// CAT-030: the addresses are shown to Clients as links.
std::optional<std::string> Url(YamlReader& r, const YAML::Node& parent, const char* key, const std::string& what) {
  auto url = r.String(parent, key, what);
  if (url && url->rfind("https://", 0) != 0 && url->rfind("http://", 0) != 0) {
    r.Fail(parent[key], "'" + std::string(key) + "' of " + what + " must be an address starting with https://");
    return std::nullopt;
  }
  return url;
}

// The `service` section: the Solution Elements and Products (CAT-003, CAT-004) and the speed texts per technology
// (CAT-029, CAT-030, CAT-032).
ServiceInformation ParseService(YamlReader& r, const YAML::Node& node, Places& places) {
  ServiceInformation service;
  if (!node) {
    r.Fail(Location{r.File(), 1, 1}, "the offer needs a 'service' section (solution-elements, speed-information)");
    return service;
  }
  if (!r.CheckMap(node, "the service", {"solution-elements", "speed-information"})) return service;
  places.Put("service", "solution-elements", r.At(node["solution-elements"] ? node["solution-elements"] : node));
  if (YAML::Node list = node["solution-elements"]; list && list.IsSequence()) {
    for (const auto& item : list) {
      if (!r.CheckMap(item, "a Solution Element", {"id", "name", "product"})) continue;
      auto id = r.String(item, "id", "a Solution Element");
      if (!id) continue;
      std::string what = "Solution Element '" + *id + "'";
      service.solution_elements.push_back(
          {*id, r.String(item, "name", what).value_or(*id), r.Bool(item, "product", what)});
    }
  } else {
    r.Fail(list ? list : node, "'solution-elements' must be a list (CAT-003)");
  }
  YAML::Node speeds = node["speed-information"];
  places.Put("service", "speed-information", r.At(speeds ? speeds : node));
  if (!speeds) {
    r.Fail(node, "the service needs 'speed-information' (CAT-030)");
    return service;
  }
  if (!r.CheckMap(speeds, "speed-information", {"policy-url", "copper", "fiber"})) return service;
  service.speed_policy_url = Url(r, speeds, "policy-url", "speed-information").value_or("");
  for (Technology technology : {Technology::kCopper, Technology::kFiber}) {
    std::string key(ToString(technology));
    YAML::Node item = speeds[key];
    if (!item) continue;  // the consistency check names the missing technology
    std::string what = "the " + key + " speed information";
    if (!r.CheckMap(item, what, {"rule", "disclaimer", "check-url"})) continue;
    SpeedInformation info;
    info.technology = technology;
    info.disclaimer = {r.String(item, "rule", what).value_or(""), r.String(item, "disclaimer", what).value_or("")};
    info.check_url = Url(r, item, "check-url", what).value_or("");
    service.speeds.push_back(std::move(info));
  }
  return service;
}

struct ParsedFormula {
  Formula formula;
  std::string support_from;  // base formulas without their own T-05 column
  Location support_from_at;
};

class OfferParser {
 public:
  OfferParser(YamlReader& reader, Places& places) : r_(reader), places_(places) {}

  void ParseComponents(const YAML::Node& list) {
    if (!list || !list.IsSequence()) {
      r_.Fail(list ? list : YAML::Node(), "'components' must be a list");
      return;
    }
    for (const auto& node : list) ParseComponent(node);
  }

  void ParsePorts(const YAML::Node& root) {
    YAML::Node reserved = root["reserved-ports"];
    if (reserved) {
      if (!reserved.IsSequence()) r_.Fail(reserved, "'reserved-ports' must be a list of port numbers");
      for (const auto& p : reserved) {
        if (auto port = r_.Integer(p, "a reserved port")) reserved_ports_.push_back(static_cast<int>(*port));
      }
    }
    YAML::Node profiles = root["port-profiles"];
    if (!profiles || !profiles.IsSequence()) {
      r_.Fail(profiles ? profiles : root, "'port-profiles' must be a list");
      return;
    }
    for (const auto& node : profiles) ParsePortProfile(node);
  }

  void ParseFormulas(const YAML::Node& list) {
    if (!list || !list.IsSequence()) {
      r_.Fail(list ? list : YAML::Node(), "'formulas' must be a list");
      return;
    }
    std::vector<YAML::Node> derived;
    for (const auto& node : list) {
      if (!node.IsMap()) {
        r_.Fail(node, "each formula must be a mapping");
        continue;
      }
      if (node["like-for-like-of"] || node["temporary-of"]) {
        derived.push_back(node);
        continue;
      }
      ParseBaseFormula(node);
    }
    ResolveSupportFrom();
    for (const YAML::Node& node : derived) ParseDerivedFormula(node);
  }

  std::vector<ComponentDef> TakeComponents() { return std::move(components_); }
  std::vector<PortProfile> TakePortProfiles() { return std::move(port_profiles_); }
  std::vector<int> TakeReservedPorts() { return std::move(reserved_ports_); }
  std::vector<Formula> TakeFormulas() {
    std::vector<Formula> out;
    for (auto& parsed : formulas_) out.push_back(std::move(parsed.formula));
    return out;
  }

 private:
  bool ClaimId(std::map<std::string, Location>& ids, const YAML::Node& node, const std::string& id,
               const std::string& what) {
    auto [it, inserted] = ids.emplace(id, r_.At(node["id"]));
    if (inserted) return true;
    r_.Fail(node["id"], "duplicate " + what + " id '" + id + "' (first at " + ToString(it->second) + ")");
    return false;
  }

  void ParseComponent(const YAML::Node& node) {
    if (!r_.CheckMap(node, "a component",
                     {"id", "name", "kind", "orderable", "rule", "technology", "group", "speed", "tier",
                      "forces-wifi-off", "characteristics", "in-every-formula", "elements", "functions", "notes"})) {
      return;
    }
    ComponentDef c;
    auto id = r_.String(node, "id", "a component");
    if (!id) return;
    c.id = *id;
    std::string what = "component '" + c.id + "'";
    c.name = r_.String(node, "name", what).value_or(c.id);
    c.kind = r_.Enum(node, "kind", what, ParseComponentKind, "functional or support").value_or(c.kind);
    c.orderable = r_.Bool(node, "orderable", what);
    c.rule = r_.String(node, "rule", what).value_or("");
    c.technology = r_.Enum(node, "technology", what, ParseTechnology, "copper or fiber", false);
    c.group = r_.Enum(node, "group", what, ParseOptionGroup, "speed-upgrade or sla-tier", false).value_or(c.group);
    c.sla_tier = r_.String(node, "tier", what, false).value_or("");
    c.forces_wifi_off_rule = r_.String(node, "forces-wifi-off", what, false).value_or("");
    if (YAML::Node speed = node["speed"]) c.speed = ParseSpeed(speed, what);
    c.in_every_formula = r_.Bool(node, "in-every-formula", what);
    c.elements = r_.Strings(node, "elements", what);
    c.functions = r_.Strings(node, "functions", what);
    c.notes = ParseNotes(r_, node["notes"], what);
    if (YAML::Node list = node["characteristics"]) {
      if (!list.IsSequence()) r_.Fail(list, "'characteristics' of " + what + " must be a list");
      for (const auto& item : list) {
        if (auto ch = ParseCharacteristic(item, what)) c.characteristics.push_back(std::move(*ch));
      }
    }
    if (!ClaimId(component_ids_, node, c.id, "component")) return;
    places_.Put("component", c.id, r_.At(node));
    components_.push_back(std::move(c));
  }

  std::optional<CharacteristicDef> ParseCharacteristic(const YAML::Node& node, const std::string& owner) {
    if (!r_.CheckMap(node, "a characteristic of " + owner,
                     {"name", "type", "values", "accepted", "rule", "required", "above-range-rule", "notes"})) {
      return std::nullopt;
    }
    CharacteristicDef ch;
    auto name = r_.String(node, "name", "a characteristic of " + owner);
    if (!name) return std::nullopt;
    ch.name = *name;
    std::string what = "characteristic '" + ch.name + "'";
    ch.type = r_.Enum(node, "type", what, ParseCharacteristicType, "integer, date or text").value_or(ch.type);
    ch.rule = r_.String(node, "rule", what).value_or("");
    ch.above_range_rule = r_.String(node, "above-range-rule", what, false).value_or("");
    ch.requirement =
        r_.Enum(node, "required", what, ParseCharacteristicRequirement, "true, false or where-optional", false)
            .value_or(ch.requirement);
    ch.notes = ParseNotes(r_, node["notes"], what);
    if (YAML::Node values = node["values"]) {
      if (!values.IsSequence()) r_.Fail(values, "'values' of " + what + " must be a list");
      for (const auto& v : values) {
        if (ch.type == CharacteristicType::kText) {
          if (v.IsScalar() && !v.Scalar().empty()) {
            ch.allowed_texts.push_back(v.Scalar());
          } else {
            r_.Fail(v, "a value of " + what + " must be a word");
          }
        } else if (auto n = r_.Integer(v, "a value of " + what)) {
          ch.allowed_values.push_back(*n);
        }
      }
    }
    ch.accepted_texts = r_.Strings(node, "accepted", what);
    if (!ch.accepted_texts.empty() && ch.type != CharacteristicType::kText) {
      r_.Fail(node["accepted"], "'accepted' of " + what + " applies to text characteristics only");
    }
    for (const std::string& accepted : ch.accepted_texts) {
      if (std::find(ch.allowed_texts.begin(), ch.allowed_texts.end(), accepted) == ch.allowed_texts.end()) {
        r_.Fail(node["accepted"], "'" + accepted + "' of " + what + " is accepted but not among its 'values'");
      }
    }
    return ch;
  }

  std::optional<Speed> ParseSpeed(const YAML::Node& node, const std::string& owner) {
    std::string what = "the speed of " + owner;
    if (!r_.CheckMap(node, what, {"down", "up"})) return std::nullopt;
    auto down = r_.Integer(node, "down", what);
    auto up = r_.Integer(node, "up", what);
    if (!down || !up) return std::nullopt;
    if (*down <= 0 || *up <= 0) {
      r_.Fail(node, "speeds are positive numbers of Mbps");
      return std::nullopt;
    }
    return Speed{static_cast<int>(*down), static_cast<int>(*up)};
  }

  void ParsePortProfile(const YAML::Node& node) {
    if (!r_.CheckMap(node, "a port profile", {"id", "ports"})) return;
    auto id = r_.String(node, "id", "a port profile");
    if (!id) return;
    PortProfile profile{*id, {}};
    YAML::Node ports = node["ports"];
    if (!ports || !ports.IsSequence()) {
      r_.Fail(ports ? ports : node, "port profile '" + *id + "' needs a list of 'ports'");
      return;
    }
    for (const auto& p : ports) {
      if (!r_.CheckMap(p, "a port", {"port", "protocol", "service"})) continue;
      auto number = r_.Integer(p, "port", "a port");
      auto protocol = r_.String(p, "protocol", "a port");
      if (!number || !protocol) continue;
      if (*protocol != "tcp" && *protocol != "udp") r_.Fail(p["protocol"], "protocol must be tcp or udp");
      profile.ports.push_back(
          {static_cast<int>(*number), *protocol, r_.String(p, "service", "a port", false).value_or("")});
    }
    if (!ClaimId(port_profile_ids_, node, profile.id, "port profile")) return;
    places_.Put("ports", profile.id, r_.At(node));
    port_profiles_.push_back(std::move(profile));
  }

  void ParseAttributes(const YAML::Node& node, Formula& f, const std::string& what) {
    f.technology = r_.Enum(node, "technology", what, ParseTechnology, "copper or fiber").value_or(f.technology);
    f.status = r_.Enum(node, "status", what, ParseFormulaStatus, "launched, stop-sell or pending").value_or(f.status);
    f.cpe = r_.Enum(node, "cpe", what, ParseCpeType, "router or modem").value_or(f.cpe);
    if (YAML::Node speed = node["speed"]) {
      f.speed = ParseSpeed(speed, what);
      places_.Put(f.id, "speed", r_.At(speed));
    }
    if (YAML::Node users = node["max-end-users"]) {
      if (auto n = r_.Integer(users, "max-end-users")) f.max_end_users = static_cast<int>(*n);
    }
    f.port_profile = r_.String(node, "ports", what).value_or("");
    places_.Put(f.id, "ports", r_.At(node["ports"] ? node["ports"] : node));
    f.default_sla_tier = r_.String(node, "sla-tier", what).value_or("");
    places_.Put(f.id, "sla-tier", r_.At(node["sla-tier"] ? node["sla-tier"] : node));
    ParseIp(node["ip"], f, what);
    ParseMailboxes(node["mailboxes"], f, what);
    ParseVolume(node["volume"], f, what);
  }

  void ParseIp(const YAML::Node& node, Formula& f, const std::string& owner) {
    std::string what = "the ip of " + owner;
    if (!node) {
      r_.Fail(formula_node_, owner + " needs 'ip' (T-09)");
      return;
    }
    places_.Put(f.id, "ip", r_.At(node));
    if (!r_.CheckMap(node, what, {"ipv4", "ipv6", "ipv6-prefix"})) return;
    f.ip.ipv4 = r_.Enum(node, "ipv4", what, ParseAddressMode, "dynamic or fixed").value_or(f.ip.ipv4);
    f.ip.ipv6 = r_.Enum(node, "ipv6", what, ParseAddressMode, "dynamic or fixed").value_or(f.ip.ipv6);
    f.ip.fixed_ipv6_prefix = static_cast<int>(r_.Integer(node, "ipv6-prefix", what, false).value_or(0));
  }

  void ParseMailboxes(const YAML::Node& node, Formula& f, const std::string& owner) {
    std::string what = "the mailboxes of " + owner;
    if (!node) {
      r_.Fail(formula_node_, owner + " needs 'mailboxes' (T-10)");
      return;
    }
    places_.Put(f.id, "mailbox", r_.At(node));
    if (!r_.CheckMap(node, what, {"count", "size-gb"})) return;
    f.mailboxes.count = static_cast<int>(r_.Integer(node, "count", what).value_or(0));
    f.mailboxes.size_gb = static_cast<int>(r_.Integer(node, "size-gb", what).value_or(0));
    if (f.mailboxes.count < 0 || f.mailboxes.size_gb < 0) r_.Fail(node, "mailbox numbers cannot be negative");
  }

  void ParseVolume(const YAML::Node& node, Formula& f, const std::string& owner) {
    std::string what = "the volume of " + owner;
    if (!node) {
      r_.Fail(formula_node_, owner + " needs 'volume' (T-12)");
      return;
    }
    places_.Put(f.id, "volume", r_.At(node));
    if (!r_.CheckMap(node, what,
                     {"policy", "included-gb", "fair-use-gb", "raised-fair-use-gb", "raised-with", "volume-pack",
                      "pack-gb", "throttle"})) {
      return;
    }
    Volume& v = f.volume;
    v.policy = r_.Enum(node, "policy", what, ParseVolumePolicy, "capped, fair-use or unlimited").value_or(v.policy);
    v.included_gb = static_cast<int>(r_.Integer(node, "included-gb", what, false).value_or(0));
    v.fair_use_gb = static_cast<int>(r_.Integer(node, "fair-use-gb", what, false).value_or(0));
    v.raised_fair_use_gb = static_cast<int>(r_.Integer(node, "raised-fair-use-gb", what, false).value_or(0));
    v.raised_with = r_.Strings(node, "raised-with", what);
    v.volume_pack =
        r_.Enum(node, "volume-pack", what, ParseVolumePackCharge, "none, free or paid", false).value_or(v.volume_pack);
    const bool limited = v.policy != VolumePolicy::kUnlimited;
    v.pack_gb = static_cast<int>(r_.Integer(node, "pack-gb", what, limited).value_or(0));
    if (limited && v.pack_gb <= 0 && node["pack-gb"])
      r_.Fail(node["pack-gb"], what + ": pack-gb must be positive (U-14)");
    const YAML::Node throttle = node["throttle"];
    if (!limited) {
      if (throttle || node["pack-gb"]) r_.Fail(node, what + ": an unlimited volume has no throttle or Volume Pack");
      return;
    }
    if (!throttle) {
      r_.Fail(node, what + " needs 'throttle' (U-13: the speed after 100 % of the month's volume)");
      return;
    }
    const std::string twhat = "the throttle of " + owner;
    if (!r_.CheckMap(throttle, twhat, {"profile", "down-kbps", "up-kbps"})) return;
    v.throttle.profile = r_.String(throttle, "profile", twhat).value_or("");
    v.throttle.down_kbps = static_cast<int>(r_.Integer(throttle, "down-kbps", twhat).value_or(0));
    v.throttle.up_kbps = static_cast<int>(r_.Integer(throttle, "up-kbps", twhat).value_or(0));
    if (v.throttle.down_kbps <= 0 || v.throttle.up_kbps <= 0) r_.Fail(throttle, twhat + ": speeds must be positive");
  }

  // Reads a map of component: DEF|OPT|"-" into the formula; `complete` demands every component
  // of that kind that exists on the formula's technology.
  void ParseCells(const YAML::Node& node, Formula& f, ComponentKind kind, bool complete) {
    std::string table = kind == ComponentKind::kFunctional ? "functional" : "support";
    if (!node) {
      if (complete) r_.Fail(formula_node_, "formula '" + f.id + "' needs its '" + table + "' cells");
      return;
    }
    if (!node.IsMap()) {
      r_.Fail(node, "'" + table + "' must map component ids to DEF, OPT or \"-\"");
      return;
    }
    std::set<std::string> seen;
    for (const auto& entry : node) {
      std::string id = entry.first.Scalar();
      const ComponentDef* c = FindComponent(id);
      if (c == nullptr) {
        r_.Fail(entry.first, "unknown component '" + id + "' in formula '" + f.id + "'");
        continue;
      }
      if (c->kind != kind) {
        r_.Fail(entry.first, "'" + id + "' is a " + std::string(ToString(c->kind)) + " component; put it under " +
                                 std::string(ToString(c->kind)));
        continue;
      }
      if (!seen.insert(id).second) {
        r_.Fail(entry.first, "component '" + id + "' is stated twice in formula '" + f.id + "'");
        continue;
      }
      std::string cell = entry.second.IsScalar() ? entry.second.Scalar() : "";
      auto availability = ParseComponentAvailability(cell);
      if (!availability) {
        r_.Fail(entry.second, "bad cell '" + cell + "' for '" + id + "' (write DEF, OPT or \"-\")");
        continue;
      }
      f.components[id] = *availability;
      places_.Put(f.id, id, r_.At(entry.first));
    }
    if (!complete) return;
    for (const ComponentDef& c : components_) {
      bool applies = c.kind == kind && (!c.technology || *c.technology == f.technology);
      if (applies && !seen.count(c.id)) {
        r_.Fail(node, "formula '" + f.id + "' does not state component '" + c.id + "' (write DEF, OPT or \"-\")");
      }
    }
  }

  void ParseBaseFormula(const YAML::Node& node) {
    formula_node_ = node;
    r_.CheckMap(node, "a formula",
                {"id", "name", "aliases", "technology", "status", "cpe", "speed", "max-end-users", "ip", "mailboxes",
                 "volume", "ports", "sla-tier", "functional", "support", "support-from"});
    ParsedFormula parsed;
    Formula& f = parsed.formula;
    auto id = r_.String(node, "id", "a formula");
    if (!id) return;
    f.id = *id;
    std::string what = "formula '" + f.id + "'";
    f.name = r_.String(node, "name", what).value_or(f.id);
    f.aliases = r_.Strings(node, "aliases", what);
    places_.Put(f.id, "", r_.At(node));
    ParseAttributes(node, f, what);
    ParseCells(node["functional"], f, ComponentKind::kFunctional, true);
    parsed.support_from = r_.String(node, "support-from", what, false).value_or("");
    if (!parsed.support_from.empty()) parsed.support_from_at = r_.At(node["support-from"]);
    // With support-from, 'support' only lists the cells that differ from the copied column.
    ParseCells(node["support"], f, ComponentKind::kSupport, parsed.support_from.empty());
    if (!ClaimId(formula_ids_, node, f.id, "formula")) return;
    formulas_.push_back(std::move(parsed));
  }

  // a formula without its own T-05 column copies the support cells of another one.
  void ResolveSupportFrom() {
    for (ParsedFormula& parsed : formulas_) {
      if (parsed.support_from.empty()) continue;
      const ParsedFormula* source = FindParsed(parsed.support_from);
      if (source == nullptr || !source->support_from.empty()) {
        r_.Fail(parsed.support_from_at,
                "support-from '" + parsed.support_from + "' must name a base formula with its own 'support' cells");
        continue;
      }
      for (const auto& [id, availability] : source->formula.components) {
        const ComponentDef* c = FindComponent(id);
        if (c != nullptr && c->kind == ComponentKind::kSupport) parsed.formula.components.emplace(id, availability);
      }
      places_.Put(parsed.formula.id, "support-from", parsed.support_from_at);
    }
  }

  void ParseDerivedFormula(const YAML::Node& node) {
    formula_node_ = node;
    bool like_for_like = static_cast<bool>(node["like-for-like-of"]);
    if (like_for_like) {
      // CAT-026: same characteristics as the copper product; only the technology differs.
      r_.CheckMap(node, "a like-for-like profile", {"id", "name", "aliases", "like-for-like-of", "status"});
    } else {
      r_.CheckMap(node, "a Temporary formula",
                  {"id", "name", "aliases", "temporary-of", "status", "functional", "support"});
    }
    if (like_for_like && node["temporary-of"]) r_.Fail(node, "a formula cannot be both like-for-like and Temporary");
    auto id = r_.String(node, "id", "a formula");
    if (!id) return;
    std::string what = "formula '" + *id + "'";
    const char* base_key = like_for_like ? "like-for-like-of" : "temporary-of";
    auto base_id = r_.String(node, base_key, what);
    if (!base_id) return;
    const ParsedFormula* base = FindParsed(*base_id);
    if (base == nullptr) {
      r_.Fail(node[base_key], "unknown formula '" + *base_id + "' in " + base_key + " (it must be a base formula)");
      return;
    }
    ParsedFormula parsed{base->formula, "", {}};
    Formula& f = parsed.formula;
    f.id = *id;
    f.name = r_.String(node, "name", what).value_or(f.id);
    f.aliases = r_.Strings(node, "aliases", what);
    f.kind = like_for_like ? FormulaKind::kLikeForLike : FormulaKind::kTemporary;
    f.derived_from = *base_id;
    if (like_for_like) f.technology = Technology::kFiber;  // GPON (T-04)
    f.status =
        r_.Enum(node, "status", what, ParseFormulaStatus, "launched, stop-sell or pending", false).value_or(f.status);
    places_.Put(f.id, "", r_.At(node));
    places_.Put(f.id, "derived-from", r_.At(node[base_key]));
    if (!like_for_like) {
      ParseCells(node["functional"], f, ComponentKind::kFunctional, false);
      ParseCells(node["support"], f, ComponentKind::kSupport, false);
    }
    if (!ClaimId(formula_ids_, node, f.id, "formula")) return;
    formulas_.push_back(std::move(parsed));
  }

  const ComponentDef* FindComponent(const std::string& id) const {
    for (const ComponentDef& c : components_) {
      if (c.id == id) return &c;
    }
    return nullptr;
  }
  const ParsedFormula* FindParsed(const std::string& id) const {
    for (const ParsedFormula& p : formulas_) {
      if (p.formula.id == id && p.formula.kind == FormulaKind::kBase) return &p;
    }
    return nullptr;
  }

  YamlReader& r_;
  Places& places_;
  YAML::Node formula_node_;
  std::map<std::string, Location> component_ids_, formula_ids_, port_profile_ids_;
  std::vector<ComponentDef> components_;
  std::vector<PortProfile> port_profiles_;
  std::vector<int> reserved_ports_;
  std::vector<ParsedFormula> formulas_;
};

std::vector<PriceItem> ParsePrices(const YAML::Node& root, YamlReader& r, Places& places) {
  std::vector<PriceItem> prices;
  if (!r.CheckMap(root, "the price list", {"prices"})) return prices;
  YAML::Node list = root["prices"];
  if (!list || !list.IsSequence()) {
    r.Fail(list ? list : root, "'prices' must be a list");
    return prices;
  }
  std::set<std::string> ids;
  for (const auto& node : list) {
    if (!r.CheckMap(node, "a price",
                    {"id", "name", "type", "amount-cents", "stated", "rule", "offerings", "for-formulas"})) {
      continue;
    }
    auto id = r.String(node, "id", "a price");
    if (!id) continue;
    std::string what = "price '" + *id + "'";
    PriceItem p;
    p.id = *id;
    p.name = r.String(node, "name", what).value_or(p.id);
    p.type = r.Enum(node, "type", what, ParsePriceType, "one-time, recurring or usage").value_or(p.type);
    auto amount = r.Integer(node, "amount-cents", what);
    if (amount && *amount < 0) r.Fail(node["amount-cents"], what + " has a negative amount; prices are >= 0 cents");
    p.amount = Cents(amount.value_or(0));
    p.stated_by_contract = r.Bool(node, "stated", what);
    p.rule = r.String(node, "rule", what, false).value_or("");
    if (!node["offerings"]) r.Fail(node, what + " needs 'offerings' (use [] for a contract-wide charge)");
    p.offerings = r.Strings(node, "offerings", what);
    p.for_formulas = r.Strings(node, "for-formulas", what);
    if (!ids.insert(p.id).second) {
      r.Fail(node["id"], "duplicate price id '" + p.id + "'");
      continue;
    }
    places.Put("price", p.id, r.At(node));
    prices.push_back(std::move(p));
  }
  return prices;
}

// The consistency rules speak of formulas and subjects; put each at its place in the files.
void ReportIssues(const std::vector<CatalogIssue>& issues, const Places& places, const YamlReader& offer,
                  Diagnostics& diagnostics) {
  for (const CatalogIssue& issue : issues) {
    std::optional<Location> at;
    if (!issue.formula.empty()) at = places.Find(issue.formula, issue.subject);
    for (const char* owner : {"component", "ports", "price", "service"}) {
      if (!at && issue.formula.empty()) at = places.Find(owner, issue.subject);
    }
    std::string rule = issue.rule.empty() ? "" : " (" + issue.rule + ")";
    std::string who = issue.formula.empty() ? "" : "formula '" + issue.formula + "': ";
    diagnostics.Add(at.value_or(Location{offer.File(), 1, 1}), who + issue.message + rule);
  }
}

}  // namespace

Result<Catalog> ParseCatalog(const std::string& offer_text, const std::string& offer_name,
                             const std::string& prices_text, const std::string& prices_name) {
  Diagnostics diagnostics;
  Places places;
  YamlReader offer(offer_name, diagnostics);
  YamlReader prices(prices_name, diagnostics);
  // A YAML list item where a scalar was meant is the usual slip in the DEF/OPT tables.
  constexpr std::string_view kCellHint = " (write not-offered cells as \"-\" in quotes)";
  auto offer_root = LoadYamlMap(offer_text, offer, "the offer file", kCellHint);
  auto prices_root = LoadYamlMap(prices_text, prices, "the price list", kCellHint);
  if (!offer_root || !prices_root) return diagnostics.ToError();

  OfferParser parser(offer, places);
  offer.CheckMap(*offer_root, "the offer", {"service", "components", "reserved-ports", "port-profiles", "formulas"});
  ServiceInformation service = ParseService(offer, (*offer_root)["service"], places);
  parser.ParseComponents((*offer_root)["components"]);
  parser.ParsePorts(*offer_root);
  parser.ParseFormulas((*offer_root)["formulas"]);
  std::vector<PriceItem> price_items = ParsePrices(*prices_root, prices, places);
  if (!diagnostics.empty()) return diagnostics.ToError();

  Catalog catalog(parser.TakeComponents(), parser.TakeFormulas(), parser.TakePortProfiles(), parser.TakeReservedPorts(),
                  std::move(price_items), std::move(service));
  ReportIssues(CheckCatalogConsistency(catalog), places, offer, diagnostics);
  if (!diagnostics.empty()) return diagnostics.ToError();
  return catalog;
}

Result<Catalog> LoadCatalogDir(const std::filesystem::path& dir) {
  auto offer_path = dir / kOfferFileName;
  auto prices_path = dir / kPricesFileName;
  auto offer_text = ReadTextFile(offer_path);
  if (!offer_text) return Error::NotFound("cannot read the catalog file " + offer_path.string());
  auto prices_text = ReadTextFile(prices_path);
  if (!prices_text) return Error::NotFound("cannot read the price list " + prices_path.string());
  return ParseCatalog(*offer_text, offer_path.string(), *prices_text, prices_path.string());
}

}  // namespace bizline
