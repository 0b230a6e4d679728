// How the Client reaches the Service Desk (DESK-011, T-14, ESC-014): one phone number per
// language and an e-mail address. A P1 is phoned in (DESK-023), so a refused portal P1 names
// these numbers, and a page shows them.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace bizline {

struct ServiceDeskPhone {
  std::string_view language;  // ISO 639-1
  std::string_view number;
};

// DESK-011: 0800 22 200 (nl), 0800 33 200 (fr), 0800 44 200 (de), 0800 55 200 (en).
std::span<const ServiceDeskPhone> ServiceDeskPhones();
inline constexpr std::string_view kServiceDeskEmail = "ict-servicedesk@proximus.com";

// ESC-014: 0800 xx200 of `language`; nullopt for another language.
std::optional<std::string> ServiceDeskNumber(std::string_view language);

// "0800 22 200 (nl), 0800 33 200 (fr), ...": for messages.
std::string ServiceDeskPhoneList();

}  // namespace bizline
