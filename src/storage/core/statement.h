// SOCI's manual statement API, for queries whose bindings are decided at run time: add the
// into/use exchanges first, then Prepare(), then execute().
#pragma once

#include <soci/soci.h>

#include <string>
#include <string_view>

#include "app/core/page.h"

namespace bizline {

inline void Prepare(soci::statement& st, const std::string& query) {
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
}

// One page of a filtered list and the total before paging: COUNT(*) and SELECT share the
// WHERE builder (`where.sql`, `where.Bind(statement, filter)`), rows are bound by `bind_into`
// and converted with Row::ToDomain(), in `order_by` order (which should end with a unique
// column so pages never overlap). Throws soci errors: call inside Guarded().
template <typename Row, typename Where, typename Filter, typename BindInto>
auto SelectPage(soci::session& sql, std::string_view table, std::string_view columns, Where& where,
                const Filter& filter, PageRequest page, BindInto bind_into, std::string_view order_by = "id") {
  using Domain = decltype(std::declval<const Row&>().ToDomain());
  Page<Domain> result;
  long long total = 0;
  {
    soci::statement count(sql);
    count.exchange(soci::into(total));
    where.Bind(count, filter);
    Prepare(count, "SELECT COUNT(*) FROM " + std::string(table) + where.sql);
    count.execute(true);
  }
  result.total = total;
  Row row;
  long long limit = page.limit, offset = page.offset;
  soci::statement st(sql);
  bind_into(st, row);
  where.Bind(st, filter);
  st.exchange(soci::use(limit, "limit"));
  st.exchange(soci::use(offset, "offset"));
  Prepare(st, "SELECT " + std::string(columns) + " FROM " + std::string(table) + where.sql + " ORDER BY " +
                  std::string(order_by) + " LIMIT :limit OFFSET :offset");
  st.execute();
  while (st.fetch()) result.items.push_back(row.ToDomain());
  return result;
}

}  // namespace bizline
