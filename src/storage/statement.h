// SOCI's manual statement API, for queries whose bindings are decided at run time: add the
// into/use exchanges first, then Prepare(), then execute().
#pragma once

#include <soci/soci.h>

#include <string>

namespace bizline {

inline void Prepare(soci::statement& st, const std::string& query) {
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
}

}  // namespace bizline
