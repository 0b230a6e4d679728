// RFC 4180 records as the importers read them (`bizline line import`, issue 11 item 3).
#include "domain/core/csv.h"

#include <gtest/gtest.h>

namespace bizline {
namespace {

using Fields = std::vector<std::string>;

TEST(Csv, SplitsPlainAndQuotedFields) {
  EXPECT_EQ(*SplitCsvRecord("a,b,c"), (Fields{"a", "b", "c"}));
  EXPECT_EQ(*SplitCsvRecord("a,,c,"), (Fields{"a", "", "c", ""}));
  EXPECT_EQ(*SplitCsvRecord("\"Rue de la Loi 16, 1000 Brussel\",x"), (Fields{"Rue de la Loi 16, 1000 Brussel", "x"}));
  EXPECT_EQ(*SplitCsvRecord("\"say \"\"hi\"\"\",\"\""), (Fields{"say \"hi\"", ""}));
  EXPECT_EQ(*SplitCsvRecord(""), (Fields{""}));
}

TEST(Csv, RefusesBrokenQuotes) {
  EXPECT_FALSE(SplitCsvRecord("\"never closed,a").ok());
  EXPECT_FALSE(SplitCsvRecord("\"closed\"early,a").ok());
  EXPECT_FALSE(SplitCsvRecord("un\"quoted,a").ok());
  EXPECT_EQ(SplitCsvRecord("\"x").error().field, "row");
}

TEST(Csv, AFieldIsQuotedOnlyWhenItMustBeAndReadsBackTheSame) {
  EXPECT_EQ(CsvField("internet-pro-plus"), "internet-pro-plus");
  EXPECT_EQ(CsvField("Rue 1, Gent"), "\"Rue 1, Gent\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  auto back = SplitCsvRecord(CsvField("a,\"b\"") + "," + CsvField("c"));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, (std::vector<std::string>{"a,\"b\"", "c"}));
}

}  // namespace

}  // namespace bizline
