#include "domain/sla/sla_catalog.h"

#include <algorithm>

#include "domain/calendar/concat.h"

namespace bizline {

const SlaTier* FormulaSla::DefaultTier() const {
  for (const auto& tier : tiers) {
    if (tier.offer == TierOffer::kDefault) return &tier;
  }
  return nullptr;
}

const SlaTier* FormulaSla::FindTier(std::string_view id) const {
  for (const auto& tier : tiers) {
    if (tier.id == id) return &tier;
  }
  return nullptr;
}

Result<SlaCatalog> SlaCatalog::Create(std::vector<FormulaSla> formulas) {
  SlaCatalog catalog;
  for (auto& formula : formulas) {
    const std::string& id = formula.formula_id;
    if (formula.coverage == SlaCoverage::kCovered) {
      const auto defaults = std::count_if(formula.tiers.begin(), formula.tiers.end(),
                                          [](const SlaTier& t) { return t.offer == TierOffer::kDefault; });
      if (defaults != 1) return Error::Invalid("formulas." + id, "a formula has exactly one default (DEF) tier");
      for (std::size_t i = 0; i < formula.tiers.size(); ++i) {
        if (!formula.tiers[i].terms.calendar) {
          return Error::Invalid("formulas." + id + ".tiers." + formula.tiers[i].id, "the tier has no window");
        }
        for (std::size_t j = 0; j < i; ++j) {
          if (formula.tiers[i].id == formula.tiers[j].id) {
            return Error::Invalid("formulas." + id, "the tier '" + formula.tiers[i].id + "' appears twice");
          }
        }
      }
    } else if (!formula.tiers.empty()) {
      return Error::Invalid("formulas." + id, "a formula without SLA offers no tiers");
    }
    if (!catalog.formulas_.emplace(id, std::move(formula)).second) {
      return Error::Invalid("formulas." + id, "the formula appears twice");
    }
  }
  return catalog;
}

Result<const FormulaSla*> SlaCatalog::Formula(std::string_view formula_id) const {
  const auto it = formulas_.find(formula_id);
  if (it == formulas_.end()) {
    return Error::Invalid("formula", Concat("unknown service formula '", formula_id, "'"));
  }
  return &it->second;
}

Result<const SlaTerms*> SlaCatalog::Terms(std::string_view formula_id, std::string_view tier_id) const {
  ASSIGN_OR_RETURN(auto found, Formula(formula_id));
  const FormulaSla& formula = *found;
  if (formula.coverage == SlaCoverage::kNotStated) {
    return Error::Invalid("formula",
                          "the contract states no service level for '" + formula.formula_id + "'" +
                              (formula.note.empty() ? "" : ": " + formula.note),
                          formula.rule);
  }
  const SlaTier* tier = tier_id.empty() ? formula.DefaultTier() : formula.FindTier(tier_id);
  if (tier == nullptr) {
    std::string offered;
    for (const auto& t : formula.tiers) offered += (offered.empty() ? "" : ", ") + t.id;
    return Error::Invalid(
        "tier", Concat("'", formula.formula_id, "' does not offer the tier '", tier_id, "'; it offers: ", offered),
        formula.rule);
  }
  return &tier->terms;
}

}  // namespace bizline
