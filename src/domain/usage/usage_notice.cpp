#include "domain/usage/usage_notice.h"

#include "domain/notification/sms_text.h"

namespace bizline {
namespace {

// "123.4 GB": decimal units, as the contract counts them.
std::string Gigabytes(Bytes bytes) {
  const std::uint64_t tenths = (bytes.value + kGigabyte / 20) / (kGigabyte / 10);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " GB";
}

// `text` without its last code point (UTF-8).
void DropLastCodePoint(std::string& text) {
  while (!text.empty()) {
    const auto byte = static_cast<unsigned char>(text.back());
    text.pop_back();
    if ((byte & 0xC0) != 0x80) return;  // the lead byte (or ASCII) is gone: done
  }
}

bool FitsSms(const std::string& text) {
  const SmsLength length = MeasureSms(text);
  return length.segments <= (length.encoding == SmsEncoding::kGsm7 ? 1 : kMaxSmsSegments);
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

std::string UsageSmsText(int threshold, const std::string& line_name, const std::string& user_name, Month month,
                         const VolumeCap& cap) {
  const bool included = cap.kind == CapKind::kIncluded;
  std::string gigabytes = Gigabytes(cap.bytes);  // "3000.0 GB" -> "3000 GB": every character counts
  if (gigabytes.ends_with(".0 GB")) gigabytes.replace(gigabytes.size() - 5, 2, "");
  const std::string of = " used " + std::to_string(threshold) + "% of " + gigabytes +
                         (included ? " included in " : " fair-use in ") + FormatMonth(month) + ". ";
  const std::string pack = included ? "a Volume Pack" : "a free Volume Pack";
  const std::string then = threshold < 100 ? "At 100%, speed drops until the 1st; " + pack + " avoids it."
                                           : "Speed is reduced until the 1st; " + pack + " restores it.";
  std::string name = line_name, user = user_name;
  for (;;) {
    std::string label = name.empty() ? user : user.empty() ? name : name + " (" + user + ")";
    std::string text = "bizline: " + label + of + then;
    if (FitsSms(text) || label.empty()) return text;
    // Shortened: the name first, then the user, each ending in "...".
    std::string& cut = name.empty() ? user : name;
    if (cut.ends_with("...")) cut.resize(cut.size() - 3);
    DropLastCodePoint(cut);
    if (!cut.empty()) cut += "...";
  }
}

}  // namespace bizline
