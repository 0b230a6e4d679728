// Service Event classes (DESK-008, DESK-036), ticket numbers (DESK-014, DESK-015), field checks
// and attachment limits.
#include <gtest/gtest.h>

#include "domain/ticketing/attachment_rules.h"
#include "domain/ticketing/classification.h"
#include "domain/ticketing/ticket_number.h"
#include "domain/ticketing/validation.h"

namespace bizline {
namespace {

TEST(TicketClassification, CanonicalTypesKeepTheirClassDESK008) {
  EXPECT_EQ(ClassifyTicketType("incident"), ServiceEventClass::kIncident);
  EXPECT_EQ(ClassifyTicketType("changeRequest"), ServiceEventClass::kChangeRequest);
  EXPECT_EQ(ClassifyTicketType("informationRequest"), ServiceEventClass::kInformationRequest);
  EXPECT_EQ(ClassifyTicketType("serviceRequest"), ServiceEventClass::kServiceRequest);
  EXPECT_EQ(ClassifyTicketType("onDemandSupport"), ServiceEventClass::kOnDemandSupport);
}

TEST(TicketClassification, AnyOtherTypeIsAServiceRequestDESK036) {
  for (const char* other : {"device", "connectivity", "problem", "Incident", ""}) {
    EXPECT_EQ(ClassifyTicketType(other), ServiceEventClass::kServiceRequest) << other;
  }
}

TEST(TicketNumber, FormatsAndReadsBackDESK014) {
  // 2026-01-01T00:30 in Brussels is still 2025 in UTC: the Brussels year counts (U-38).
  Instant new_year = InstantFromEpoch(1'767'223'800);  // 2025-12-31T23:30:00Z
  EXPECT_EQ(FormatTicketNumber(new_year, 123), "BZ-2026-000123");
  EXPECT_EQ(FormatTicketNumber(new_year, 1234567), "BZ-2026-1234567");
  auto parsed = ParseTicketNumber("BZ-2026-000123");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->year, 2026);
  EXPECT_EQ(parsed->sequence, 123);
}

TEST(TicketNumber, AnythingElseIsNoNumberDESK015) {
  for (const char* bad : {"46846846846", "BZ-2026-123", "BZ-26-000123", "XX-2026-000123", "BZ-2026-00012a",
                          "BZ-2026-000000", "", "BZ-2026-"}) {
    EXPECT_FALSE(ParseTicketNumber(bad)) << bad;
  }
}

TEST(TicketFields, TmfMandatoryFieldsAndNotes) {
  Ticket t;
  t.description = "down";
  t.severity = "High";
  t.ticket_type = "device";
  EXPECT_TRUE(ValidateTicketFields(t).ok());
  for (auto [member, field] : {std::pair{&Ticket::description, "description"}, std::pair{&Ticket::severity, "severity"},
                               std::pair{&Ticket::ticket_type, "ticketType"}}) {
    Ticket u = t;
    u.*member = " ";
    auto s = ValidateTicketFields(u);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, field);
  }
  t.notes.push_back({0, "writer", "", {}});
  auto s = ValidateTicketFields(t);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "note[0].text");
}

TEST(TicketAttachments, TypesSizesAndContent) {
  EXPECT_EQ(*ValidateAttachment("a.pdf", "application/pdf", "%PDF-1.7 ..."), "application/pdf");
  EXPECT_EQ(*ValidateAttachment("a.png", "image/png", std::string("\x89PNG\r\n\x1a\n....", 12)), "image/png");
  EXPECT_EQ(*ValidateAttachment("a.jpg", "image/jpeg", "\xFF\xD8\xFF\xE0..."), "image/jpeg");
  EXPECT_EQ(*ValidateAttachment("a.log", "text/plain; charset=utf-8", "wan0 down\n"), "text/plain");
  EXPECT_EQ(*ValidateAttachment("a.log", "text/x-log", "wan0 down\n"), "text/x-log");

  auto renamed = ValidateAttachment("a.pdf", "application/pdf", "MZ\x90\x00 binary");
  ASSERT_FALSE(renamed.ok());
  EXPECT_EQ(renamed.error().field, "body");
  auto exe = ValidateAttachment("a.exe", "application/x-msdownload", "MZ");
  ASSERT_FALSE(exe.ok());
  EXPECT_EQ(exe.error().field, "Content-Type");
  EXPECT_FALSE(ValidateAttachment("a.txt", "text/plain", std::string("a\0b", 3)).ok());
  EXPECT_FALSE(ValidateAttachment("", "text/plain", "x").ok());
  EXPECT_FALSE(ValidateAttachment("../etc/passwd", "text/plain", "x").ok());
  EXPECT_TRUE(ValidateAttachment("big.txt", "text/plain", std::string(kMaxAttachmentBytes, 'a')).ok());
  EXPECT_FALSE(ValidateAttachment("big.txt", "text/plain", std::string(kMaxAttachmentBytes + 1, 'a')).ok());
}

}  // namespace
}  // namespace bizline
