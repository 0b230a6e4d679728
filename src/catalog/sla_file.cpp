#include "catalog/sla_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "catalog/yaml_reader.h"
#include "domain/calendar/weekly_window.h"
#include "domain/core/time_text.h"

namespace bizline {
namespace {

// shared/spec/ids.md, "Service formulas (T-01)": the file must state each of them.
constexpr std::array<std::string_view, 18> kFormulaIds = {
    "internet-essential",
    "internet-maxi",
    "internet-pro",
    "business-internet-copper",
    "internet-pro-plus",
    "internet-pro-plus-essential",
    "internet-maxi-fullfiber",
    "fullfiber-extended-essential",
    "fullfiber",
    "business-internet-fiber",
    "fullfiber-extended",
    "internet-essential-fiber",
    "internet-fiber-100",
    "fiber-internet-pro",
    "fiber-internet-pro-plus",
    "fiber-internet-pro-plus-essential",
    "temporary-internet-pro-plus",
    "temporary-fullfiber-extended",
};
// shared/spec/ids.md, "SLA tiers".
constexpr std::array<std::string_view, 4> kTierIds = {"basic", "medium", "premium", "default"};
constexpr std::array<std::string_view, 4> kPriorityKeys = {"P1", "P2", "P3", "P4"};

bool Contains(auto const& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string Join(auto const& list) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : ", ") + std::string(item);
  return out;
}

std::optional<std::string> Scalar(YamlReader& d, const YAML::Node& node, const std::string& what) {
  if (!node || !node.IsScalar()) {
    d.Fail(node, what + " must be a single value");
    return std::nullopt;
  }
  return node.as<std::string>();
}

class SlaFileReader {
 public:
  SlaFileReader(std::string name, CalendarYears years) : d_(std::move(name), diagnostics_), years_(years) {}

  Result<SlaCatalog> Read(const YAML::Node& root) {
    if (!d_.CheckMap(root, "the SLA file", {"extra-closures", "windows", "formulas"})) return d_.ToError();
    ReadClosures(root["extra-closures"]);
    ReadWindows(root["windows"], root);
    std::vector<FormulaSla> formulas = ReadFormulas(root["formulas"], root);
    if (!diagnostics_.empty()) return d_.ToError();
    auto catalog = SlaCatalog::Create(std::move(formulas));
    if (!catalog) {
      d_.Fail(root["formulas"], catalog.error().field + ": " + catalog.error().message);
      return d_.ToError();
    }
    return catalog;
  }

 private:
  void ReadClosures(const YAML::Node& node) {
    if (!node) return;
    if (!node.IsSequence()) {
      d_.Fail(node, "extra-closures must be a list of dates YYYY-MM-DD");
      return;
    }
    for (const auto& item : node) {
      const auto text = Scalar(d_, item, "an extra closure");
      if (!text) continue;
      const auto day = ParseCivilDay(*text);
      if (!day) {
        d_.Fail(item, "'" + *text + "' is not a date YYYY-MM-DD");
        continue;
      }
      closures_.push_back(*day);
    }
  }

  void ReadWindows(const YAML::Node& node, const YAML::Node& root) {
    if (!node) {
      d_.Fail(root, "the SLA file has no 'windows' section");
      return;
    }
    if (!d_.CheckMap(node, "windows", {})) return;
    for (const auto& entry : node) {
      const auto id = entry.first.as<std::string>();
      const auto text = Scalar(d_, entry.second, "window '" + id + "'");
      if (!text) continue;
      auto window = ParseWeeklyWindow(*text);
      if (!window) {
        d_.Fail(entry.second, "window '" + id + "': " + window.error().message);
        continue;
      }
      window->extra_closures = closures_;
      auto calendar = BusinessCalendar::Build(*window, years_);
      if (!calendar) {
        d_.Fail(entry.second, "window '" + id + "': " + calendar.error().message);
        continue;
      }
      calendars_[id] = std::make_shared<const BusinessCalendar>(std::move(calendar).value());
    }
  }

  std::optional<SlaTier> ReadTier(const std::string& formula, const YAML::Node& key, const YAML::Node& node) {
    const auto id = key.as<std::string>();
    const std::string what = "formula '" + formula + "' tier '" + id + "'";
    if (!Contains(kTierIds, id)) {
      d_.Fail(key, "unknown tier '" + id + "' (ids.md tiers: " + Join(kTierIds) + ")");
    }
    if (!d_.CheckMap(node, what, {"offer", "window", "P1", "P2", "P3", "P4"})) return std::nullopt;
    bool ok = Contains(kTierIds, id);
    SlaTier tier;
    tier.id = id;
    if (const auto offer = Scalar(d_, node["offer"], what + ": offer (DEF or OPT)")) {
      if (*offer == "DEF")
        tier.offer = TierOffer::kDefault;
      else if (*offer == "OPT")
        tier.offer = TierOffer::kOptional;
      else {
        d_.Fail(node["offer"], what + ": offer is DEF or OPT, not '" + *offer + "'");
        ok = false;
      }
    } else {
      ok = false;
    }
    if (const auto window = Scalar(d_, node["window"], what + ": window")) {
      const auto it = calendars_.find(*window);
      if (it == calendars_.end()) {
        d_.Fail(node["window"], what + ": unknown window '" + *window + "'");
        ok = false;
      } else {
        tier.terms.window_id = *window;
        tier.terms.calendar = it->second;
      }
    } else {
      ok = false;
    }
    for (std::size_t p = 0; p < kPriorityKeys.size(); ++p) {
      const std::string key_name(kPriorityKeys[p]);
      const YAML::Node target_node = node[key_name];
      if (!target_node) {
        d_.Fail(node, what + ": the " + key_name + " target is missing (T-13 priorities P1..P4)");
        ok = false;
        continue;
      }
      const auto text = Scalar(d_, target_node, what + ": " + key_name);
      if (!text) {
        ok = false;
        continue;
      }
      auto target = ParseRestorationTarget(*text);
      if (!target) {
        d_.Fail(target_node, what + ": " + key_name + ": " + target.error().message);
        ok = false;
        continue;
      }
      tier.terms.targets[p] = *target;
    }
    if (!ok) return std::nullopt;
    return tier;
  }

  std::optional<FormulaSla> ReadFormula(const YAML::Node& key, const YAML::Node& node) {
    const auto id = key.as<std::string>();
    const std::string what = "formula '" + id + "'";
    if (!d_.CheckMap(node, what, {"rule", "note", "tiers", "same-as", "sla", "missed-p1"})) return std::nullopt;
    FormulaSla formula;
    formula.formula_id = id;
    if (node["rule"]) formula.rule = Scalar(d_, node["rule"], what + ": rule").value_or("");
    if (node["note"]) formula.note = Scalar(d_, node["note"], what + ": note").value_or("");
    if (node["missed-p1"]) {
      const auto value = Scalar(d_, node["missed-p1"], what + ": missed-p1");
      if (value == "service-credit") {
        formula.missed_p1 = MissedP1Remedy::kServiceCredit;
      } else if (value && *value != "escalation") {
        d_.Fail(node["missed-p1"], what + ": missed-p1 is 'escalation' or 'service-credit' (SLA-044, SLA-045)");
      }
    }
    const int forms = (node["tiers"] ? 1 : 0) + (node["same-as"] ? 1 : 0) + (node["sla"] ? 1 : 0);
    if (forms != 1) {
      d_.Fail(node, what + " needs exactly one of 'tiers', 'same-as: <formula>' or 'sla: none'");
      return std::nullopt;
    }
    if (node["sla"]) {
      const auto value = Scalar(d_, node["sla"], what + ": sla");
      if (value && *value != "none") d_.Fail(node["sla"], what + ": the only value of 'sla' is 'none'");
      formula.coverage = SlaCoverage::kNotStated;
      return formula;
    }
    if (node["same-as"]) {
      formula.based_on = Scalar(d_, node["same-as"], what + ": same-as").value_or("");
      same_as_marks_[id] = node["same-as"].Mark();
      return formula;
    }
    const YAML::Node tiers = node["tiers"];
    if (!d_.CheckMap(tiers, what + ": tiers", {}) || tiers.size() == 0) {
      if (tiers.IsMap()) d_.Fail(tiers, what + " offers no tier");
      return std::nullopt;
    }
    int defaults = 0;
    for (const auto& entry : tiers) {
      if (auto tier = ReadTier(id, entry.first, entry.second)) {
        defaults += tier->offer == TierOffer::kDefault ? 1 : 0;
        formula.tiers.push_back(std::move(*tier));
      }
    }
    if (defaults != 1 && formula.tiers.size() == tiers.size()) {
      d_.Fail(tiers, what + " must have exactly one DEF tier, the one a line gets without ordering an option");
    }
    return formula;
  }

  std::vector<FormulaSla> ReadFormulas(const YAML::Node& node, const YAML::Node& root) {
    std::vector<FormulaSla> formulas;
    if (!node) {
      d_.Fail(root, "the SLA file has no 'formulas' section");
      return formulas;
    }
    if (!d_.CheckMap(node, "formulas", {})) return formulas;
    std::set<std::string> seen;
    for (const auto& entry : node) {
      const auto id = entry.first.as<std::string>();
      if (!Contains(kFormulaIds, id)) {
        d_.Fail(entry.first, "unknown formula '" + id + "' (see shared/spec/ids.md)");
        continue;
      }
      seen.insert(id);
      if (auto formula = ReadFormula(entry.first, entry.second)) formulas.push_back(std::move(*formula));
    }
    for (std::string_view id : kFormulaIds) {
      if (!seen.contains(std::string(id))) {
        d_.Fail(node, "formula '" + std::string(id) + "' is missing: give its tiers, 'same-as' or 'sla: none'");
      }
    }
    ResolveSameAs(formulas);
    return formulas;
  }

  // A like-for-like or Temporary formula takes the tiers of a formula that states them.
  void ResolveSameAs(std::vector<FormulaSla>& formulas) {
    for (auto& formula : formulas) {
      if (formula.based_on.empty()) continue;
      const auto mark = same_as_marks_[formula.formula_id];
      const auto base = std::find_if(formulas.begin(), formulas.end(),
                                     [&](const FormulaSla& f) { return f.formula_id == formula.based_on; });
      if (base == formulas.end() || !base->based_on.empty()) {
        d_.Fail(mark, "formula '" + formula.formula_id + "': same-as '" + formula.based_on +
                          "' must name a formula of this file that states its own tiers or 'sla: none'");
        continue;
      }
      formula.coverage = base->coverage;
      formula.tiers = base->tiers;
      if (formula.rule.empty()) formula.rule = base->rule;
      if (formula.note.empty()) formula.note = base->note;
      formula.missed_p1 = base->missed_p1;
    }
  }

  Diagnostics diagnostics_;
  YamlReader d_;  // reports into diagnostics_
  CalendarYears years_;
  std::vector<CivilDay> closures_;
  std::map<std::string, std::shared_ptr<const BusinessCalendar>> calendars_;
  std::map<std::string, YAML::Mark> same_as_marks_;
};

}  // namespace

Result<SlaCatalog> ParseSlaFile(const std::string& text, const std::string& name, CalendarYears years) {
  Diagnostics diagnostics;
  YamlReader reader(name, diagnostics);
  auto root = LoadYamlMap(text, reader, "the SLA file");
  if (!root) return diagnostics.ToError();
  try {
    return SlaFileReader(name, years).Read(*root);
  } catch (const YAML::Exception& e) {
    // e.g. a key that is itself a mapping: reported at its place rather than escaping.
    reader.Fail(e.mark, e.msg);
    return diagnostics.ToError();
  }
}

Result<SlaCatalog> LoadSlaFile(const std::filesystem::path& path, CalendarYears years) {
  auto text = ReadTextFile(path);
  if (!text) return Error::NotFound("cannot read the SLA catalog file " + path.string());
  return ParseSlaFile(*text, path.filename().string(), years);
}

}  // namespace bizline
