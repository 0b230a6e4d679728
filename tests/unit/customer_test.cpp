#include "domain/party/customer.h"

#include <gtest/gtest.h>

#include "domain/party/enterprise_number.h"

namespace bizline {
namespace {

Customer ValidCustomer() {
  Customer c;
  c.name = "Acme NV";
  c.enterprise_number = "BE0403.170.701";
  c.address = {"Rue de la Loi 16", "1000", "Brussels", "BE"};
  c.employees = 25;
  return c;
}

TEST(EnterpriseNumber, AcceptsCanonicalSpacedAndPrefixedForms) {
  EXPECT_EQ(NormalizeEnterpriseNumber("0403170701"), "0403.170.701");
  EXPECT_EQ(NormalizeEnterpriseNumber("BE 0403.170.701"), "0403.170.701");
  EXPECT_EQ(NormalizeEnterpriseNumber("403170701"), "0403.170.701");
}

TEST(EnterpriseNumber, RejectsBadCheckDigitsAndJunk) {
  EXPECT_FALSE(NormalizeEnterpriseNumber("0403170702"));
  EXPECT_FALSE(NormalizeEnterpriseNumber("0403170701'; DROP TABLE customer;--"));
  EXPECT_FALSE(NormalizeEnterpriseNumber(""));
  EXPECT_FALSE(NormalizeEnterpriseNumber("2403170701"));
}

TEST(Customer, CON_004_ClientHasMoreThanNineEmployees) {
  Customer c = ValidCustomer();
  c.employees = 9;
  Status s = ValidateCustomer(c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule, "CON-004");  // CON-004
  EXPECT_EQ(s.error().field, "numberOfEmployees");
  c.employees = 10;
  EXPECT_TRUE(ValidateCustomer(c).ok());  // CON-004: ten is "more than nine"
}

TEST(Customer, CanonicalisesEnterpriseNumber) {
  Customer c = ValidCustomer();
  ASSERT_TRUE(ValidateCustomer(c).ok());
  EXPECT_EQ(c.enterprise_number, "0403.170.701");
}

TEST(Customer, AddressFieldsAreRequired) {
  Customer c = ValidCustomer();
  c.address.city = " ";
  Status s = ValidateCustomer(c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "address.city");
}

TEST(Representative, DESK_012_NeedsContactDetailsToCheckCallers) {
  Representative r{RepresentativeId(), CustomerId(1), "Ann Peeters", "ann@acme.example", "+32 2 000 00 00", "IT"};
  EXPECT_TRUE(ValidateRepresentative(r).ok());
  r.phone = "";
  EXPECT_EQ(ValidateRepresentative(r).error().rule, "DESK-012");  // DESK-012
  r.phone = "+32";
  r.email = "not-an-email";
  EXPECT_EQ(ValidateRepresentative(r).error().field, "email");
}

TEST(Representative, DESK_012_AnEmailIsOneMailboxWithoutSeparators) {
  Representative r{RepresentativeId(), CustomerId(1), "Ann Peeters", "ann@acme.example", "+32 2 000 00 00", "IT"};
  // Each would read as two recipients or a display name in the outbox and in the mail header.
  for (const char* bad :
       {"ann@acme.example,eve@evil.example", "ann@acme.example;eve@evil.example", "Ann <ann@acme.example>",
        "ann @acme.example", "\"ann\"@acme.example", "ann@acme.example\r\nBcc: eve@evil.example"}) {
    r.email = bad;
    ASSERT_FALSE(ValidateRepresentative(r).ok()) << bad;
    EXPECT_EQ(ValidateRepresentative(r).error().field, "email") << bad;  // DESK-012
  }
  r.email = "ann.peeters+desk@acme-corp.example";
  EXPECT_TRUE(ValidateRepresentative(r).ok());
}

}  // namespace
}  // namespace bizline
