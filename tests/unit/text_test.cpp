// Text at the edge (issue: hostile bytes): valid UTF-8 only, no control characters where they do
// not belong, and log quoting that no client byte can break out of.
#include "domain/core/text.h"

#include <gtest/gtest.h>

namespace bizline {
namespace {

TEST(EdgeText, AcceptsPrintableUtf8InEveryScript) {
  for (const char* ok : {"", "résumé.txt", "Zürich – Liège", "日本語", "emoji \xF0\x9F\x93\xA1", "a\"b\\c"}) {
    SCOPED_TRACE(ok);
    EXPECT_FALSE(FindTextDefect(ok, TextKind::kLine));
  }
}

TEST(EdgeText, RefusesEveryMalformedUtf8Form) {
  const std::string bad[] = {
      "r\xE9sum\xE9.txt",       // Latin-1, the reported attachment name
      "\xFF",                   // never valid
      "\xC0\xAF",               // overlong '/'
      "\xE0\x80\xAF",           // overlong, three bytes
      "\xED\xA0\x80",           // UTF-16 surrogate
      "\xF4\x90\x80\x80",       // above U+10FFFF
      "\xE2\x82",               // truncated
      "\x80",                   // lone continuation byte
      std::string("ok\xC3", 3)  // truncated at the end
  };
  for (const auto& text : bad) {
    auto defect = FindTextDefect(text, TextKind::kMultiline);
    ASSERT_TRUE(defect) << text;
    EXPECT_EQ(defect->what, "is not valid UTF-8");
  }
  EXPECT_EQ(FindTextDefect("r\xE9sum\xE9", TextKind::kLine)->offset, 1u);
}

TEST(EdgeText, ControlCharactersOnlyWhereFreeTextAllowsThem) {
  EXPECT_FALSE(FindTextDefect("line one\nline two\ttab\r\n", TextKind::kMultiline));
  EXPECT_TRUE(FindTextDefect("a\nb", TextKind::kLine));
  EXPECT_TRUE(FindTextDefect(std::string("a\0b", 3), TextKind::kMultiline));
  EXPECT_TRUE(FindTextDefect("bell\x07", TextKind::kMultiline));
  EXPECT_TRUE(FindTextDefect("del\x7F", TextKind::kMultiline));
  EXPECT_TRUE(FindTextDefect("c1 \xC2\x85", TextKind::kMultiline));  // U+0085 NEXT LINE
  EXPECT_EQ(FindTextDefect(std::string("a\0b", 3), TextKind::kLine)->what, "contains the control character U+0000");
}

TEST(EdgeText, CheckTextNamesTheField) {
  auto s = CheckText("r\xE9sum\xE9.txt", TextKind::kLine, "name");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(s.error().field, "name");
  EXPECT_NE(s.error().message.find("not valid UTF-8"), std::string::npos);
}

TEST(EdgeText, QuoteForLogCannotStartANewLine) {
  EXPECT_EQ(QuoteForLog("/x\n200 GET /admin"), "\"/x\\x0a200 GET /admin\"");
  EXPECT_EQ(QuoteForLog("say \"hi\"\\"), "\"say \\\"hi\\\"\\\\\"");
  EXPECT_EQ(QuoteForLog("r\xE9sum\xE9"), "\"r\\xe9sum\\xe9\"");
  EXPECT_EQ(QuoteForLog("Liège"), "\"Liège\"");
  EXPECT_EQ(QuoteForLog("abcdef", 3), "\"abc...\"");
  // Whatever the bytes, the result is one printable line.
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  const std::string quoted = QuoteForLog(all, all.size());
  EXPECT_FALSE(FindTextDefect(quoted, TextKind::kLine));
}

}  // namespace
}  // namespace bizline
