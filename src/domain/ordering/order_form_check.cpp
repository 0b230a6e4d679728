#include "domain/ordering/order_form_check.h"

#include <string>

#include "domain/ordering/eligibility.h"

namespace bizline {
namespace {

// True when `field` is `prefix` or lies inside it ("options[1].id" inside "options[1]").
bool Within(const std::string& field, const std::string& prefix) {
  if (field.compare(0, prefix.size(), prefix) != 0) return false;
  return field.size() == prefix.size() || field[prefix.size()] == '.' || field[prefix.size()] == '[';
}

}  // namespace

std::vector<Violation> CheckOrderForm(const Catalog& catalog, const OrderRequest& order,
                                      const std::vector<Violation>& parse_violations) {
  std::vector<Violation> all = parse_violations;
  for (const Violation& p : parse_violations) {
    if (p.field == kWholeOrderField) return all;  // nothing was understood: nothing more to say
  }
  for (Violation& v : CheckOrderEligibility(catalog, order)) {
    bool explained = false;
    for (const Violation& p : parse_violations) explained = explained || Within(v.field, p.field);
    if (!explained) all.push_back(std::move(v));
  }
  return all;
}

}  // namespace bizline
