// U-12 / USE-011 by SMS: the representatives' phone numbers in E.164 (a representative without a
// usable one is skipped), one SMS per number, and the usage notice's SMS text kept to one SMS of
// GSM characters (never more than two parts).
#include <gtest/gtest.h>

#include "domain/notification/notification.h"
#include "domain/notification/phone_number.h"
#include "domain/notification/sms_text.h"
#include "domain/usage/usage_notice.h"

namespace bizline {
namespace {

TEST(PhoneNumber, BelgianNumbersAsDeclaredBecomeE164U12) {
  EXPECT_EQ(NormalizePhoneNumber("+32 2 555 01 01"), "+3225550101");
  EXPECT_EQ(NormalizePhoneNumber("+32 475 55 01 02"), "+32475550102");
  EXPECT_EQ(NormalizePhoneNumber("0475/55.01.02"), "+32475550102");  // national: Belgian
  EXPECT_EQ(NormalizePhoneNumber("02-555-01-01"), "+3225550101");
  EXPECT_EQ(NormalizePhoneNumber("(02) 555 01 01"), "+3225550101");
  EXPECT_EQ(NormalizePhoneNumber("0032 9 555 02 01"), "+3295550201");  // 00: the international prefix
  EXPECT_EQ(NormalizePhoneNumber("+32 (0)2 555 01 01"), "+3225550101");
  EXPECT_EQ(NormalizePhoneNumber("+32 02 555 01 01"), "+3225550101");  // the trunk 0 written anyway
  EXPECT_EQ(NormalizePhoneNumber("  +32 2 555 01 01 "), "+3225550101");
}

TEST(PhoneNumber, OtherCountriesKeepTheirCountryCodeU12) {
  EXPECT_EQ(NormalizePhoneNumber("+33 1 23 45 67 89"), "+33123456789");
  EXPECT_EQ(NormalizePhoneNumber("0031 20 123 4567"), "+31201234567");
  EXPECT_EQ(NormalizePhoneNumber("+352 621 123 456"), "+352621123456");
}

TEST(PhoneNumber, WhatIsNotAUsableNumberIsNoneU12) {
  EXPECT_EQ(NormalizePhoneNumber(""), std::nullopt);
  EXPECT_EQ(NormalizePhoneNumber("n/a"), std::nullopt);
  EXPECT_EQ(NormalizePhoneNumber("555 01 01"), std::nullopt);               // local: which area?
  EXPECT_EQ(NormalizePhoneNumber("+32 2 555 01 01 ext 12"), std::nullopt);  // an extension
  EXPECT_EQ(NormalizePhoneNumber("+32 2 555 01"), std::nullopt);            // too short for Belgium
  EXPECT_EQ(NormalizePhoneNumber("+32 475 55 01 02 03"), std::nullopt);     // too long for Belgium
  EXPECT_EQ(NormalizePhoneNumber("+1234567890123456"), std::nullopt);       // longer than E.164
  EXPECT_EQ(NormalizePhoneNumber("+0 475 55 01 02"), std::nullopt);         // no country code starts with 0
  EXPECT_EQ(NormalizePhoneNumber("++32 2 555 01 01"), std::nullopt);
}

Representative Rep(std::string email, std::string phone) {
  return Representative{RepresentativeId(), CustomerId(7), "Rep", std::move(email), std::move(phone), "IT manager"};
}

TEST(SmsNotice, OneSmsPerUsableNumberAndTheOthersSkippedU12) {
  const std::vector<Representative> reps{Rep("ann@acme.example", "+32 2 555 01 01"),
                                         Rep("luc@acme.example", "unknown"),       // skipped, not an error
                                         Rep("eva@acme.example", "02 555 01 01"),  // the same number: one SMS
                                         Rep("bob@acme.example", "+32 475 55 01 02")};
  auto notices = SmsNoticesTo(CustomerId(7), reps, "usage.80", "product/3", "bizline: 80%", InstantFromEpoch(100));
  ASSERT_EQ(notices.size(), 2u);
  EXPECT_EQ(notices[0].recipients, std::vector<std::string>{"+3225550101"});
  EXPECT_EQ(notices[1].recipients, std::vector<std::string>{"+32475550102"});
  for (const Notification& n : notices) {
    EXPECT_EQ(n.channel, NotificationChannel::kSms);
    EXPECT_EQ(n.customer_id, CustomerId(7));
    EXPECT_EQ(n.kind, "usage.80");
    EXPECT_EQ(n.reference, "product/3");
    EXPECT_EQ(n.body, "bizline: 80%");
    EXPECT_EQ(n.status, NotificationStatus::kPending);
    EXPECT_EQ(n.next_attempt_at, InstantFromEpoch(100));
  }
  EXPECT_TRUE(SmsNoticesTo(CustomerId(7), std::vector{Rep("a@b.example", "?")}, "k", "r", "t", {}).empty());
}

TEST(SmsNotice, ChannelsHaveStableNames) {
  EXPECT_EQ(ToString(NotificationChannel::kEmail), "email");
  EXPECT_EQ(ToString(NotificationChannel::kSms), "sms");
  EXPECT_EQ(ParseNotificationChannel("sms"), NotificationChannel::kSms);
  EXPECT_EQ(ParseNotificationChannel("fax"), std::nullopt);
  EXPECT_EQ(Notification{}.channel, NotificationChannel::kEmail);
}

TEST(SmsLength, GsmTextCounts160PerSmsAnd153PerPart) {
  EXPECT_EQ(MeasureSms("").segments, 0);
  const SmsLength one = MeasureSms(std::string(160, 'a'));
  EXPECT_EQ(one.encoding, SmsEncoding::kGsm7);
  EXPECT_EQ(one.segments, 1);
  EXPECT_EQ(MeasureSms(std::string(161, 'a')).segments, 2);
  EXPECT_EQ(MeasureSms(std::string(306, 'a')).segments, 2);
  EXPECT_EQ(MeasureSms(std::string(307, 'a')).segments, 3);
  EXPECT_EQ(MeasureSms("é à ü £ ¿ Δ").encoding, SmsEncoding::kGsm7);  // in the default alphabet
  EXPECT_EQ(MeasureSms("€[]").units, 6);                              // the extension table counts twice
  EXPECT_EQ(MeasureSms(std::string(159, 'a') + "€").segments, 2);
}

TEST(SmsLength, AnyOtherCharacterMakesItUcs2Of70PerSms) {
  const SmsLength ucs2 = MeasureSms("Łódź");
  EXPECT_EQ(ucs2.encoding, SmsEncoding::kUcs2);
  EXPECT_EQ(ucs2.units, 4);
  EXPECT_EQ(MeasureSms(std::string(69, 'a') + "ç").segments, 1);  // ç is not GSM (only Ç is)
  EXPECT_EQ(MeasureSms(std::string(70, 'a') + "ç").segments, 2);
  EXPECT_EQ(MeasureSms("`").encoding, SmsEncoding::kUcs2);
  EXPECT_EQ(MeasureSms("\xF0\x9F\x98\x80").units, 2);  // outside the BMP: a surrogate pair
  EXPECT_EQ(MeasureSms("\xff").encoding, SmsEncoding::kUcs2);
}

const VolumeCap kIncluded{CapKind::kIncluded, Bytes{100 * kGigabyte}};
const VolumeCap kFairUse{CapKind::kFairUse, Bytes{3000 * kGigabyte}};

TEST(UsageSms, The80PercentNoticeIsOneGsmSmsU12USE011) {
  const std::string text = UsageSmsText(80, "Internet Essential", "line-3@bizline", {2026, 3}, kIncluded);
  EXPECT_EQ(text,
            "bizline: Internet Essential (line-3@bizline) used 80% of 100 GB included in 2026-03. "
            "At 100%, speed drops until the 1st; a Volume Pack avoids it.");
  const SmsLength length = MeasureSms(text);
  EXPECT_EQ(length.encoding, SmsEncoding::kGsm7);
  EXPECT_EQ(length.segments, 1) << length.units;
}

TEST(UsageSms, The100PercentNoticeSaysTheSpeedIsReducedU12USE010) {
  const std::string text = UsageSmsText(100, "Maxi", "line-9@bizline", {2026, 12}, kFairUse);
  EXPECT_NE(text.find("Maxi (line-9@bizline) used 100% of 3000 GB fair-use in 2026-12."), std::string::npos) << text;
  EXPECT_NE(text.find("Speed is reduced until the 1st; a free Volume Pack restores it."), std::string::npos) << text;
  EXPECT_EQ(MeasureSms(text).segments, 1);
}

TEST(UsageSms, ALongNameIsShortenedToKeepOneSmsU12) {
  const std::string name(120, 'N');
  for (int threshold : kUsageThresholds) {
    for (const VolumeCap& cap : {kIncluded, kFairUse}) {
      const std::string text = UsageSmsText(threshold, name, "customer-line-with-a-long-user@bizline", {2026, 3}, cap);
      EXPECT_EQ(MeasureSms(text).segments, 1) << text;
      EXPECT_EQ(text.find(name), std::string::npos) << "shortened, or left out: " << text;
      EXPECT_NE(text.find("Volume Pack"), std::string::npos) << "the rest is never cut: " << text;
    }
  }
  // The name is shortened first: the user that tells the lines apart stays whole while it can.
  const std::string text = UsageSmsText(80, name, "line-3@bizline", {2026, 3}, kFairUse);
  EXPECT_NE(text.find("... (line-3@bizline)"), std::string::npos) << text;
}

TEST(UsageSms, ANameOutsideTheGsmAlphabetStaysWithinTwoPartsU12) {
  for (const std::string name : {"Łódź office", "Bureau Ålborg ☎ main line of the headquarters in Łódź"}) {
    for (int threshold : kUsageThresholds) {
      const std::string text = UsageSmsText(threshold, name, "line-3@bizline", {2026, 3}, kFairUse);
      EXPECT_LE(MeasureSms(text).segments, kMaxSmsSegments) << text;
      EXPECT_NE(text.find("Volume Pack"), std::string::npos) << text;
    }
  }
}

}  // namespace
}  // namespace bizline
