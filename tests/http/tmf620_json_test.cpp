// TMF620 shapes of the real catalog (catalog/offer.yaml): the texts a sales portal must show
// with an offering are served where TMF puts them — speed disclaimers and speed-check addresses
// (description + attachment), Solution Elements and Products, the managed firewall's functions,
// the mobile backup conditions and its feasibility-study characteristic.
#include "http/catalog/tmf620_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include "catalog/offer_file.h"

namespace bizline::http {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using json = nlohmann::json;

std::filesystem::path SourceDir() {
  if (const char* dir = std::getenv("BIZLINE_SOURCE_DIR")) return dir;
  for (auto dir = std::filesystem::current_path(); !dir.empty(); dir = dir.parent_path()) {
    if (std::filesystem::exists(dir / "catalog" / kOfferFileName)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return "/work/main";
}

const Catalog& RealCatalog() {
  static const Catalog catalog = [] {
    auto loaded = LoadCatalogDir(SourceDir() / "catalog");
    if (!loaded.ok()) ADD_FAILURE() << loaded.error().message;
    return loaded.ok() ? *loaded : Catalog();
  }();
  return catalog;
}

json Spec(std::string_view id) {
  auto found = FindProductSpecificationJson(RealCatalog(), id, kProductCatalogBase);
  EXPECT_TRUE(found.has_value()) << id;
  return found.value_or(json::object());
}

json Offering(std::string_view id) {
  auto found = FindProductOfferingJson(RealCatalog(), id, kProductCatalogBase);
  EXPECT_TRUE(found.has_value()) << id;
  return found.value_or(json::object());
}

// The characteristic called `name`, or null.
json CharacteristicOf(const json& spec, std::string_view name) {
  for (const json& c : spec["productSpecCharacteristic"]) {
    if (c["name"] == name) return c;
  }
  ADD_FAILURE() << "no characteristic " << name << " in " << spec["id"];
  return json();
}

std::vector<std::string> Values(const json& characteristic) {
  std::vector<std::string> values;
  for (const json& v : characteristic["productSpecCharacteristicValue"]) values.push_back(v["value"].dump());
  return values;
}

std::vector<std::string> Urls(const json& spec) {
  std::vector<std::string> urls;
  for (const json& a : spec.value("attachment", json::array())) urls.push_back(a["url"]);
  return urls;
}

TEST(Tmf620Json, CAT_029_CAT_030_CopperFormulaShowsItsSpeedDisclaimerAndCheckAddress) {
  json spec = Spec("internet-pro");
  std::string description = spec["description"];
  EXPECT_THAT(description, HasSubstr("theoretical value"));  // CAT-029
  EXPECT_THAT(description, HasSubstr("(CAT-029)"));
  EXPECT_THAT(description, HasSubstr("https://www.proximus.be/fr/id_cl_entspeedt"));  // CAT-030
  EXPECT_THAT(Urls(spec), ElementsAre("https://www.proximus.be/fr/id_cl_entspeedt",
                                      "https://www.proximus.be/internetpolicy"));  // CAT-030
  EXPECT_THAT(description, ::testing::Not(HasSubstr("(CAT-032)")));                // copper only
}

TEST(Tmf620Json, CAT_032_CAT_030_FiberFormulasAndSpeedOptionsShowTheFiberDisclaimer) {
  json spec = Spec("fullfiber-extended");
  EXPECT_THAT(spec["description"].get<std::string>(), HasSubstr("(CAT-032)"));
  EXPECT_THAT(Urls(spec), Contains("https://www.proximus.be/internetspeed"));  // CAT-030
  json like_for_like = Spec("fiber-internet-pro");                             // CAT-026: delivered on fiber
  EXPECT_THAT(Urls(like_for_like), Contains("https://www.proximus.be/internetspeed"));
  // CAT-032: "this also applies with a speed option".
  json upgrade = Spec("fiber-express");
  EXPECT_THAT(upgrade["description"].get<std::string>(), HasSubstr("(CAT-032)"));
  EXPECT_THAT(Urls(upgrade), Contains("https://www.proximus.be/internetspeed"));
  EXPECT_FALSE(Spec("fixed-ipv4").contains("attachment"));  // not a speed
}

TEST(Tmf620Json, CAT_003_CAT_004_SolutionElementsAndProductsOfAFormula) {
  EXPECT_THAT(Values(CharacteristicOf(Spec("internet-pro"), "solutionElement")),
              ElementsAre("\"cpe\"", "\"line\"", "\"platform\""));  // CAT-003: no mobile backup offered
  EXPECT_THAT(Values(CharacteristicOf(Spec("fullfiber-extended"), "solutionElement")),
              ElementsAre("\"cpe\"", "\"line\"", "\"platform\"", "\"mobile-backup-hardware\""));  // CAT-003
  EXPECT_THAT(Values(CharacteristicOf(Spec("fullfiber-extended"), "product")),
              ElementsAre("\"cpe\"", "\"mobile-backup-hardware\""));  // CAT-004
  EXPECT_THAT(Values(CharacteristicOf(Spec("installation"), "solutionElement")),
              ElementsAre("\"cpe\"", "\"line\"", "\"mobile-backup-hardware\""));  // T-05 column 2
}

TEST(Tmf620Json, CAT_072_CAT_073_CAT_098_IncludedComponentsHaveTheirOwnSpecification) {
  json included = CharacteristicOf(Spec("internet-pro-plus"), "includedComponent");
  EXPECT_THAT(Values(included), Contains("\"managed-firewall\""));  // CAT-019
  EXPECT_THAT(Values(included), Contains("\"caching-dns\""));       // CAT-098
  json firewall = Spec("managed-firewall");
  EXPECT_THAT(firewall["description"].get<std::string>(), HasSubstr("(CAT-072)"));
  EXPECT_THAT(Values(CharacteristicOf(firewall, "function")),
              ElementsAre("\"stateful (dynamic) packet inspection\"", "\"access lists\"", "\"session monitoring\"",
                          "\"timers per port and per application\""));  // CAT-073
  EXPECT_FALSE(FindProductOfferingJson(RealCatalog(), "managed-firewall", kProductCatalogBase).has_value());
  // Every component has a specification (the list is formulas then components).
  json all = ProductSpecificationsJson(RealCatalog(), kProductCatalogBase);
  EXPECT_EQ(all.size(), RealCatalog().formulas().size() + RealCatalog().components().size());
}

TEST(Tmf620Json, CAT_086_MobileBackupFeasibilityStudyCharacteristic) {
  json study = CharacteristicOf(Spec("mobile-backup"), "feasibilityStudy");
  EXPECT_EQ(study["valueType"], "string");
  EXPECT_THAT(Values(study), ElementsAre("\"positive\"", "\"negative\""));
  EXPECT_EQ(study["minCardinality"], 1);
  std::string description = study["description"];
  EXPECT_THAT(description, HasSubstr("Accepted: positive (CAT-086)"));
  EXPECT_THAT(description, HasSubstr("not where it is included (DEF)"));  // CAT-090
  EXPECT_THAT(description, HasSubstr("(CAT-087)"));
}

TEST(Tmf620Json, ComponentNotesAreServedWithTheirRules) {
  // Every note of the catalog appears, with its rule, in its component's specification; the
  // notes of an option also in its offering, where a sales portal reads them.
  for (const ComponentDef& c : RealCatalog().components()) {
    std::string spec = Spec(c.id)["description"];
    std::string offering = c.orderable ? Offering(c.id)["description"].get<std::string>() : spec;
    for (const CatalogNote& note : c.notes) {
      EXPECT_THAT(spec, HasSubstr(note.text + " (" + note.rule + ")")) << c.id;
      EXPECT_THAT(offering, HasSubstr("(" + note.rule + ")")) << c.id;
    }
  }
  EXPECT_THAT(Spec("wifi")["description"].get<std::string>(), HasSubstr("15 simultaneous"));  // CAT-065
  json size = CharacteristicOf(Spec("ip-pack"), "ipv4BlockSize");
  EXPECT_THAT(size["description"].get<std::string>(), HasSubstr("(CAT-058)"));
}

}  // namespace
}  // namespace bizline::http
