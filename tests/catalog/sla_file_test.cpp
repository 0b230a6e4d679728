#include "catalog/sla_file.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "catalog/offer_file.h"
#include "domain/sla/due_instant.h"
#include "unit/sla_case_table.h"
#include "unit/sla_test_support.h"

namespace bizline {
namespace {

std::filesystem::path SourceDir() {
  if (const char* root = std::getenv("BIZLINE_SOURCE_DIR")) return root;
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path();
}

std::string RealText() {
  std::ifstream in(SourceDir() / "catalog" / kSlaFileName);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Few years keep the broken-snippet tests fast; the real file is loaded with its default years.
constexpr CalendarYears kFewYears{2026, 2027};

const SlaCatalog& RealCatalog() {
  static const SlaCatalog catalog = [] {
    auto loaded = LoadSlaFile(SourceDir() / "catalog" / kSlaFileName);
    if (!loaded) throw std::runtime_error(loaded.error().message);
    return std::move(loaded).value();
  }();
  return catalog;
}

// The real file with `from` replaced (once) by `to`; fails the test if `from` is absent.
std::string Mutated(const std::string& from, const std::string& to) {
  std::string text = RealText();
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// "sla.yaml:<line>:<col>" of the first occurrence of `needle` in `text` (+ `offset` columns).
std::string Where(const std::string& text, const std::string& needle, int offset = 0) {
  const auto at = text.find(needle);
  const auto line = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1;
  const auto line_start = text.rfind('\n', at);
  const auto column =
      at - (line_start == std::string::npos ? 0 : line_start + 1) + 1 + static_cast<std::size_t>(offset);
  return "sla.yaml:" + std::to_string(line) + ":" + std::to_string(column);
}

std::string ErrorOf(const std::string& text) {
  auto parsed = ParseSlaFile(text, "sla.yaml", kFewYears);
  EXPECT_FALSE(parsed.ok());
  return parsed.ok() ? "" : parsed.error().message;
}

TEST(SlaFile, LoadsTheRealFileWithEveryFormulaOfT01) {
  const SlaCatalog& catalog = RealCatalog();
  EXPECT_EQ(catalog.formulas().size(), 18u);  // ids.md: every formula of T-01 is stated
  const auto* pro = *catalog.Terms("internet-pro", "");
  EXPECT_EQ(pro->window_id, "premium-window");  // SLA-017
  EXPECT_EQ(ToString(pro->calendar->window()), "Mon-Fri 08:00-22:00, Sat 08:00-16:30, excl. BPH");
  EXPECT_EQ(ToString(pro->Target(Priority::kP1)), "5h");                                   // SLA-029
  EXPECT_EQ((*catalog.Terms("fullfiber", ""))->window_id, "fiber-window");                 // the SLA table wins
  EXPECT_EQ((*catalog.Terms("fullfiber-extended", "medium"))->window_id, "fiber-window");
  EXPECT_EQ((*catalog.Formula("internet-pro-plus"))->DefaultTier()->id, "basic");          // SLA-041
  EXPECT_EQ((*catalog.Formula("fiber-internet-pro"))->based_on, "internet-pro");           // T-04
  auto bi = catalog.Terms("business-internet-fiber", "");
  ASSERT_FALSE(bi.ok());
  EXPECT_EQ(bi.error().rule, "X-25");
  auto tier = catalog.Terms("internet-maxi", "premium");  // SLA-039: no option
  ASSERT_FALSE(tier.ok());
  EXPECT_EQ(tier.error().rule, "SLA-039");
}

TEST(SlaFile, TheCaseTableHoldsForTheRealFile) {
  // Same table as tests/unit/sla_due_table_test.cpp, which checks it against T-15 written in code.
  for (const auto& c : testing::LoadSlaCases()) {
    SCOPED_TRACE("sla_due_cases.txt:" + std::to_string(c.line) + " " + c.why);
    auto terms = RealCatalog().Terms(c.formula, c.tier);
    ASSERT_TRUE(terms.ok()) << terms.error().message;
    auto due = DueInstant(**terms, c.priority, c.created, c.stop_clock);
    ASSERT_TRUE(due.ok()) << due.error().message;
    EXPECT_EQ(due->has_value() ? FormatBrussels(**due) : "none", c.expected ? FormatBrussels(*c.expected) : "none");
  }
}

TEST(SlaFile, AgreesWithTheOfferCatalog) {
  auto offer = LoadCatalogDir(SourceDir() / "catalog");
  ASSERT_TRUE(offer.ok()) << offer.error().message;
  for (const Formula& formula : offer->formulas()) {
    SCOPED_TRACE(formula.id);
    auto sla = RealCatalog().Formula(formula.id);
    ASSERT_TRUE(sla.ok());
    // offer.yaml gives Business Internet / FFE Essential an interim tier; the SLA file
    // states no level for them (T-15 has no row), so there is nothing to compare.
    if ((*sla)->coverage == SlaCoverage::kNotStated) continue;
    EXPECT_EQ(formula.default_sla_tier, (*sla)->DefaultTier()->id);
    // T-05: the sla-premium / sla-medium options are OPT exactly where the tier is optional.
    for (const auto& [option, tier] : {std::pair{"sla-premium", "premium"}, std::pair{"sla-medium", "medium"}}) {
      const SlaTier* t = (*sla)->FindTier(tier);
      const bool optional_tier = t != nullptr && t->offer == TierOffer::kOptional;
      EXPECT_EQ(formula.Availability(option) == ComponentAvailability::kOptional, optional_tier) << option;
    }
    if (formula.kind != FormulaKind::kBase) {
      EXPECT_EQ(formula.derived_from, (*sla)->based_on);
    }
  }
}

TEST(SlaFile, UnknownWindowIsReportedAtItsPlace) {
  const std::string text = Mutated("window: premium-window, P1: 5h, P2: next-bd, P3: 3bd, P4: 10bd}\n",
                                   "window: premium-windw, P1: 5h, P2: next-bd, P3: 3bd, P4: 10bd}\n");
  const std::string error = ErrorOf(text);
  EXPECT_NE(error.find(Where(text, "premium-windw") + ": formula 'internet-pro' tier 'default': unknown window "
                                                      "'premium-windw'"),
            std::string::npos)
      << error;
}

TEST(SlaFile, AMissedP1EarnsACreditOnlyWhereTheTableStatesOne_SLA_044_SLA_045) {
  const auto remedy = [](const char* formula) { return (*RealCatalog().Formula(formula))->missed_p1; };
  for (const char* credit : {"internet-essential", "internet-maxi", "internet-pro", "internet-pro-plus",
                             "internet-pro-plus-essential", "fiber-internet-pro", "temporary-internet-pro-plus"}) {
    EXPECT_EQ(remedy(credit), MissedP1Remedy::kServiceCredit) << credit;  // SLA-044 (like-for-like too)
  }
  for (const char* escalation : {"fullfiber", "fullfiber-extended", "temporary-fullfiber-extended"}) {
    EXPECT_EQ(remedy(escalation), MissedP1Remedy::kEscalationOnly) << escalation;  // SLA-045
  }
  const std::string text = Mutated("missed-p1: escalation  # SLA-045", "missed-p1: money  # SLA-045");
  const std::string error = ErrorOf(text);
  EXPECT_NE(error.find(Where(text, "money") + ": formula 'fullfiber': missed-p1 is 'escalation' or "
                                              "'service-credit' (SLA-044, SLA-045)"),
            std::string::npos)
      << error;
}

TEST(SlaFile, BadTargetSyntaxNamesTheRule) {
  const std::string text = Mutated("P1: same-day, P2: 3bd, P3: 3bd", "P1: same day, P2: 3bd, P3: 3bd");
  const std::string error = ErrorOf(text);
  EXPECT_NE(error.find(Where(text, "same day") + ": formula 'internet-maxi' tier 'default': P1: 'same day' is "
                                                 "not a restoration target"),
            std::string::npos)
      << error;
}

TEST(SlaFile, UnknownFormulaAndMissingFormula) {
  const std::string text =
      Mutated("  fiber-internet-pro: {same-as: internet-pro}", "  fibre-internet-pro: {same-as: internet-pro}");
  const std::string error = ErrorOf(text);
  EXPECT_NE(error.find(Where(text, "fibre-internet-pro") + ": unknown formula 'fibre-internet-pro'"), std::string::npos)
      << error;
  EXPECT_NE(error.find("formula 'fiber-internet-pro' is missing"), std::string::npos) << error;
}

TEST(SlaFile, BadWindowTextAndUnknownTier) {
  const std::string text =
      Mutated("basic-window: Mon-Fri 08:00-20:00, excl. BPH", "basic-window: Mon-Fri 08:00-20:70, excl. BPH");
  EXPECT_NE(ErrorOf(text).find(Where(text, "Mon-Fri 08:00-20:70") + ": window 'basic-window': '20:70'"),
            std::string::npos)
      << ErrorOf(text);
  const std::string tier = Mutated("      basic:   {offer: DEF", "      basik:   {offer: DEF");
  EXPECT_NE(ErrorOf(tier).find(Where(tier, "basik") + ": unknown tier 'basik'"), std::string::npos) << ErrorOf(tier);
}

TEST(SlaFile, SLA041_ExactlyOneDefaultTier) {
  const std::string text =
      Mutated("medium:  {offer: OPT, window: medium-window", "medium:  {offer: DEF, window: medium-window");
  EXPECT_NE(ErrorOf(text).find("formula 'internet-pro-plus' must have exactly one DEF tier"), std::string::npos)
      << ErrorOf(text);
}

TEST(SlaFile, SmallSnippets) {
  const std::string windows = "windows:\n  w: Mon-Fri 08:00-20:00\n";
  // A missing priority, an unknown key, a bad DEF/OPT cell.
  const std::string error =
      ErrorOf(windows +
              "formulas:\n"
              "  internet-pro:\n"
              "    tiers:\n"
              "      default: {offer: MAYBE, window: w, P1: 5h, P2: next-bd, P3: 3bd, colour: red}\n");
  EXPECT_NE(error.find("sla.yaml:6:24: formula 'internet-pro' tier 'default': offer is DEF or OPT, not 'MAYBE'"),
            std::string::npos)
      << error;
  EXPECT_NE(error.find("sla.yaml:6:72: unknown key 'colour' in formula 'internet-pro' tier 'default'"),
            std::string::npos)
      << error;
  EXPECT_NE(error.find("the P4 target is missing"), std::string::npos) << error;
  EXPECT_NE(error.find("formula 'internet-essential' is missing"), std::string::npos) << error;
  // same-as pointing at nothing, and two forms at once.
  const std::string same = ErrorOf(windows +
                                   "formulas:\n  fiber-internet-pro: {same-as: internet-pr}\n"
                                   "  internet-pro: {sla: none, same-as: internet-maxi}\n");
  EXPECT_NE(same.find("sla.yaml:4:33: formula 'fiber-internet-pro': same-as 'internet-pr'"), std::string::npos) << same;
  EXPECT_NE(same.find("sla.yaml:5:17: formula 'internet-pro' needs exactly one of"), std::string::npos) << same;
  // YAML syntax errors, empty files, bad closures.
  EXPECT_NE(ErrorOf("windows: [unclosed\n").find("sla.yaml:"), std::string::npos);
  EXPECT_NE(ErrorOf("").find("the SLA file is empty"), std::string::npos);
  EXPECT_NE(ErrorOf("extra-closures: [2026-02-30]\n" + windows).find("sla.yaml:1:18: '2026-02-30' is not a date"),
            std::string::npos);
}

TEST(SlaFile, ExtraClosuresCloseEveryWindow) {
  const std::string text = Mutated("extra-closures: []", "extra-closures: [2026-12-24]");
  auto catalog = ParseSlaFile(text, "sla.yaml", kFewYears);
  ASSERT_TRUE(catalog.ok()) << catalog.error().message;
  const SlaTerms& pro = **catalog->Terms("internet-pro", "");
  auto due = DueInstant(pro, Priority::kP1, testing::At("2026-12-23T20:00"), {});  // 2 h Wed, Thu+Fri closed
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(**due, testing::At("2026-12-26T11:00"));
}

TEST(SlaFile, MissingFileIsNotFound) {
  auto loaded = LoadSlaFile("/nonexistent/sla.yaml");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace bizline
