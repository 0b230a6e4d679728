#include "domain/usage/accounting_record.h"

namespace bizline {

const EnumNames<AcctStatus, 5> kAcctStatusNames{{
    {AcctStatus::kStart, "Start"},
    {AcctStatus::kStop, "Stop"},
    {AcctStatus::kInterimUpdate, "Interim-Update"},
    {AcctStatus::kAccountingOn, "Accounting-On"},
    {AcctStatus::kAccountingOff, "Accounting-Off"},
}};

std::string_view ToString(AcctStatus status) { return kAcctStatusNames.Name(status); }

std::optional<AcctStatus> AcctStatusOfCode(std::uint32_t code) {
  for (const auto& [status, name] : kAcctStatusNames.rows) {
    if (static_cast<std::uint32_t>(status) == code) return status;
  }
  return std::nullopt;
}

}  // namespace bizline
