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

}  // namespace bizline
