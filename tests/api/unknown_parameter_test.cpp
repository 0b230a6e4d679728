// Issue 14 item 5: every list answers an unknown query parameter with a 400 naming it — the same
// on every list, never an empty list or a silently ignored filter.
#include <gtest/gtest.h>

#include "api_fixture.h"

namespace bizline::testing {
namespace {

using UnknownParameter = ApiTest;

TEST_F(UnknownParameter, EveryListNamesTheParameterItDoesNotKnow) {
  const std::string admin = AdminToken();
  for (const std::string& list : std::vector<std::string>{
           "/tmf-api/troubleTicket/v4/troubleTicket", "/tmf-api/productOrderingManagement/v4/productOrder",
           "/tmf-api/productInventory/v4/product", std::string(kCustomerPath),
           "/tmf-api/productCatalogManagement/v4/productOffering",
           "/tmf-api/productCatalogManagement/v4/productSpecification",
           "/tmf-api/productCatalogManagement/v4/productOfferingPrice", "/tmf-api/usageManagement/v4/usage",
           "/api/v1/notification", "/api/v1/ripeRequest", "/api/v1/serviceCreditClaim", "/api/v1/usage/throttle",
           "/api/v1/usage/unmatched"}) {
    SCOPED_TRACE(list);
    auto answer = client().Get(list + "?colour=blue", admin);
    EXPECT_EQ(answer.status, 400) << answer.body;
    EXPECT_EQ(answer.Json().value("field", ""), "colour") << answer.body;
    if (list.rfind("/api/v1/usage/", 0) != 0) {  // the paged lists all know their paging options
      const auto paged = client().Get(list + "?limit=1", admin).Json();
      if (paged.is_object()) {
        EXPECT_NE(paged.value("field", ""), "limit") << paged.dump();
      }
    }
  }
  // A filter the catalog's resources do have still filters.
  auto bundles = client().Get("/tmf-api/productCatalogManagement/v4/productOffering?isBundle=true", admin);
  EXPECT_EQ(bundles.status, 200);
}

}  // namespace
}  // namespace bizline::testing
