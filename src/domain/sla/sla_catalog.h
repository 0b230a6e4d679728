// The SLA part of the catalog as a value: per formula, the tiers it offers (DEF/OPT, T-05) and per
// tier the SlaTerms of T-15; formulas the contract gives no service level say so. Built by
// the catalog file loader (src/catalog/sla_file.*) or by hand in tests.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/core/result.h"
#include "domain/sla/sla_terms.h"

namespace bizline {

enum class TierOffer { kDefault, kOptional };  // DEF / OPT in T-05

struct SlaTier {
  std::string id;  // "basic", "medium", "premium", "default" (ids.md)
  TierOffer offer = TierOffer::kDefault;
  SlaTerms terms;
};

enum class SlaCoverage { kCovered, kNotStated };

// What a missed P1 Service Restoration Time gives the Client besides the escalation procedure:
// a Service Credit of one month of service fee (SLA-044), or nothing more (SLA-045, X-23).
enum class MissedP1Remedy { kEscalationOnly, kServiceCredit };

struct FormulaSla {
  std::string formula_id;
  SlaCoverage coverage = SlaCoverage::kCovered;
  std::string based_on;  // like-for-like or Temporary formula: the formula whose SLA it shares
  std::string rule;      // the rule naming its tiers (e.g. "SLA-041"), or the X-nn of a gap
  std::string note;      // why there is no SLA, when kNotStated
  std::vector<SlaTier> tiers;
  MissedP1Remedy missed_p1 = MissedP1Remedy::kEscalationOnly;  // SLA-044, SLA-045

  const SlaTier* DefaultTier() const;
  const SlaTier* FindTier(std::string_view id) const;
};

class SlaCatalog {
 public:
  // Checks each formula: a covered formula has exactly one DEF tier, distinct tier ids and a
  // calendar per tier; a formula appears once.
  static Result<SlaCatalog> Create(std::vector<FormulaSla> formulas);

  const std::map<std::string, FormulaSla, std::less<>>& formulas() const { return formulas_; }
  Result<const FormulaSla*> Formula(std::string_view formula_id) const;
  // The terms of a formula's tier; an empty tier id selects the formula's default (DEF) tier.
  // Errors: unknown formula, formula without SLA, tier not offered by the formula.
  Result<const SlaTerms*> Terms(std::string_view formula_id, std::string_view tier_id) const;

 private:
  std::map<std::string, FormulaSla, std::less<>> formulas_;
};

}  // namespace bizline
