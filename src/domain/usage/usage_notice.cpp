#include "domain/usage/usage_notice.h"

namespace bizline {
namespace {

// "123.4 GB": decimal units, as the contract counts them.
std::string Gigabytes(Bytes bytes) {
  const std::uint64_t tenths = (bytes.value + kGigabyte / 20) / (kGigabyte / 10);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " GB";
}

}  // namespace

UsageNoticeText UsageNotice(int threshold, const std::string& line_name, Month month, Bytes volume,
                            const VolumeCap& cap) {
  const bool included = cap.kind == CapKind::kIncluded;
  const std::string limit = included ? "the volume included in your subscription" : "the fair-use threshold";
  const std::string pack = included ? "a paid Volume Pack (USE-004)" : "a free Volume Pack (USE-005)";
  UsageNoticeText n;
  n.kind = "usage." + std::to_string(threshold);
  const std::string used = "Your line " + line_name + " has used " + Gigabytes(volume) + " of " + Gigabytes(cap.bytes) +
                           " in " + FormatMonth(month) + " (Europe/Brussels).";
  if (threshold < 100) {
    n.subject = "Your line " + line_name + " has used " + std::to_string(threshold) + " % of " + limit;
    n.body = used +
             " When it reaches 100 %, its maximum speed is reduced until the end of the month unless you "
             "order " +
             pack + " (U-12, USE-011).";
  } else {
    n.subject = "Your line " + line_name + " has reached " + limit;
    n.body = used + " Its maximum speed is reduced until 00:00 on the 1st of next month, or until you order " + pack +
             " (USE-010, U-13).";
  }
  return n;
}

}  // namespace bizline
