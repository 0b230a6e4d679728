// The one YAML reader of the catalog files (catalog/yaml_reader.h): every problem with its
// file:line:col, all of them at once, in the same words for offer.yaml, sla.yaml and ipam.yaml.
#include "catalog/yaml_reader.h"

#include <gtest/gtest.h>

#include "catalog/ipam_file.h"
#include "catalog/sla_file.h"

namespace bizline {
namespace {

Error Read(const std::string& text) {
  Diagnostics diagnostics;
  YamlReader r("x.yaml", diagnostics);
  if (auto root = LoadYamlMap(text, r, "the x file")) r.CheckMap(*root, "the x file", {"a", "b"});
  return diagnostics.ToError();
}

TEST(YamlReader, ReportsEveryProblemAtItsPlace) {
  Error e = Read("a: 1\nzz: 2\na: 3\n");
  EXPECT_EQ(e.code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.field, "x.yaml:2:1");  // the first problem
  EXPECT_NE(e.message.find("x.yaml:2:1: unknown key 'zz' in the x file (expected one of: a, b)"), std::string::npos)
      << e.message;
  EXPECT_NE(e.message.find("x.yaml:3:1: key 'a' appears twice in the x file"), std::string::npos) << e.message;
}

TEST(YamlReader, SyntaxEmptinessAndTheTopLevel) {
  EXPECT_NE(Read("a: [1,\n").message.find("x.yaml:2:1: YAML syntax:"), std::string::npos) << Read("a: [1,\n").message;
  EXPECT_EQ(Read("").message, "x.yaml:1:1: the x file is empty");
  EXPECT_EQ(Read("- a\n- b\n").message, "x.yaml:1:1: the x file must be a YAML mapping");
}

TEST(YamlReader, TheCatalogFilesSpeakAlike) {
  auto ipam = ParseIpamConfig("colour: red\npools: []\n", "ipam.yaml");
  ASSERT_FALSE(ipam.ok());
  EXPECT_NE(ipam.error().message.find("ipam.yaml:1:1: unknown key 'colour' in the IPAM file"), std::string::npos)
      << ipam.error().message;
  auto sla = ParseSlaFile("colour: red\n", "sla.yaml");
  ASSERT_FALSE(sla.ok());
  EXPECT_NE(sla.error().message.find("sla.yaml:1:1: unknown key 'colour' in the SLA file"), std::string::npos)
      << sla.error().message;
  EXPECT_EQ(ParseIpamConfig("", "ipam.yaml").error().message, "ipam.yaml:1:1: the IPAM file is empty");
}

}  // namespace
}  // namespace bizline
