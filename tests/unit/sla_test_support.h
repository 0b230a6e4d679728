// Test helpers for calendar and SLA tests: calendars built from window text (cached, since
// building reads the tz database), instants from ISO text, and T-15 written out in code as an
// oracle the catalog file is checked against.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "domain/calendar/business_calendar.h"
#include "domain/calendar/iso8601.h"
#include "domain/sla/sla_catalog.h"

namespace bizline::testing {

inline constexpr CalendarYears kTestYears{2018, 2040};

inline constexpr const char* kBasicWindow = "Mon-Fri 08:00-20:00, excl. BPH";                    // SLA-020, SLA-025
inline constexpr const char* kMediumWindow = "Mon-Fri 08:00-20:00, Sat 08:00-16:30, excl. BPH";  // SLA-016, SLA-019
inline constexpr const char* kPremiumWindow =
    "Mon-Fri 08:00-22:00, Sat 08:00-16:30, excl. BPH";  // SLA-017, 018, 022, 023
inline constexpr const char* kFiberWindow = "Mon-Fri 08:00-18:00, Sat 08:00-16:30, excl. BPH";  // SLA-021, SLA-024

inline std::shared_ptr<const BusinessCalendar> TestCalendar(const std::string& window_text) {
  static std::map<std::string, std::shared_ptr<const BusinessCalendar>> cache;
  auto& slot = cache[window_text];
  if (!slot) {
    auto window = ParseWeeklyWindow(window_text);
    if (!window) throw std::runtime_error("bad test window: " + window.error().message);
    auto calendar = BusinessCalendar::Build(*window, kTestYears);
    if (!calendar) throw std::runtime_error("cannot build test calendar: " + calendar.error().message);
    slot = std::make_shared<const BusinessCalendar>(std::move(calendar).value());
  }
  return slot;
}

inline Instant At(std::string_view iso) {
  auto parsed = ParseIso8601(iso, "test");
  if (!parsed) throw std::runtime_error(parsed.error().message);
  return *parsed;
}

inline SlaTerms Terms(const char* window, const char* p1, const char* p2, const char* p3, const char* p4) {
  SlaTerms terms;
  terms.window_id = window;
  terms.calendar = TestCalendar(window);
  const char* texts[] = {p1, p2, p3, p4};
  for (int i = 0; i < kPriorityCount; ++i)
    terms.targets[static_cast<std::size_t>(i)] = *ParseRestorationTarget(texts[i]);
  return terms;
}

inline SlaTerms PremiumTerms() { return Terms(kPremiumWindow, "5h", "next-bd", "3bd", "10bd"); }  // SLA-030
inline SlaTerms MediumTerms() { return Terms(kMediumWindow, "same-day", "3bd", "5bd", "10bd"); }  // SLA-031
inline SlaTerms BasicTerms() { return Terms(kBasicWindow, "next-bd", "3bd", "5bd", "10bd"); }     // SLA-032

// T-15 with resolved by the SLA table, as the oracle for the case table.
inline const SlaCatalog& T15Catalog() {
  static const SlaCatalog catalog = [] {
    auto tier = [](const char* id, TierOffer offer, SlaTerms terms) { return SlaTier{id, offer, std::move(terms)}; };
    const auto def = TierOffer::kDefault;
    const auto opt = TierOffer::kOptional;
    auto pro_plus = [&](const char* id) {
      return FormulaSla{
          id,
          SlaCoverage::kCovered,
          "",
          "SLA-041",
          "",
          {tier("basic", def, BasicTerms()), tier("medium", opt, MediumTerms()), tier("premium", opt, PremiumTerms())}};
    };
    std::vector<FormulaSla> formulas = {
        {"internet-essential",
         SlaCoverage::kCovered,
         "",
         "SLA-038",
         "",
         {tier("default", def, Terms(kBasicWindow, "best-effort", "best-effort", "best-effort", "best-effort"))}},
        {"internet-maxi",
         SlaCoverage::kCovered,
         "",
         "SLA-039",
         "",
         {tier("default", def, Terms(kMediumWindow, "same-day", "3bd", "3bd", "10bd"))}},
        {"internet-pro", SlaCoverage::kCovered, "", "SLA-040", "", {tier("default", def, PremiumTerms())}},
        pro_plus("internet-pro-plus"),
        pro_plus("internet-pro-plus-essential"),
        {"fullfiber",
         SlaCoverage::kCovered,
         "",
         "SLA-042",
         "",
         {tier("default", def, Terms(kFiberWindow, "next-bd", "3bd", "3bd", "10bd")),
          tier("premium", opt, PremiumTerms())}},
        {"fullfiber-extended",
         SlaCoverage::kCovered,
         "",
         "SLA-043",
         "",
         {tier("basic", def, BasicTerms()), tier("medium", opt, Terms(kFiberWindow, "same-day", "3bd", "5bd", "10bd")),
          tier("premium", opt, PremiumTerms())}},
        {"business-internet-copper", SlaCoverage::kNotStated, "", "X-25", "not in T-15", {}},
    };
    // T-04 like-for-like profiles, X-25 Maxi FullFiber, U-18 Temporary versions share their base's SLA.
    const std::pair<const char*, const char*> same_as[] = {
        {"internet-essential-fiber", "internet-essential"},
        {"internet-fiber-100", "internet-maxi"},
        {"internet-maxi-fullfiber", "internet-maxi"},
        {"fiber-internet-pro", "internet-pro"},
        {"fiber-internet-pro-plus", "internet-pro-plus"},
        {"fiber-internet-pro-plus-essential", "internet-pro-plus-essential"},
        {"temporary-internet-pro-plus", "internet-pro-plus"},
        {"temporary-fullfiber-extended", "fullfiber-extended"},
    };
    for (const auto& [id, base] : same_as) {
      for (std::size_t i = 0; i < formulas.size(); ++i) {
        if (formulas[i].formula_id != base) continue;
        FormulaSla copy = formulas[i];
        copy.formula_id = id;
        copy.based_on = base;
        formulas.push_back(std::move(copy));
        break;
      }
    }
    auto created = SlaCatalog::Create(std::move(formulas));
    if (!created) throw std::runtime_error(created.error().message);
    return std::move(created).value();
  }();
  return catalog;
}

}  // namespace bizline::testing
