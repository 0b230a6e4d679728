#include "domain/ticketing/service_desk.h"

#include <array>

namespace bizline {
namespace {

constexpr std::array kPhones = {
    ServiceDeskPhone{"nl", "0800 22 200"},
    ServiceDeskPhone{"fr", "0800 33 200"},
    ServiceDeskPhone{"de", "0800 44 200"},
    ServiceDeskPhone{"en", "0800 55 200"},
};

}  // namespace

std::span<const ServiceDeskPhone> ServiceDeskPhones() { return kPhones; }

std::optional<std::string> ServiceDeskNumber(std::string_view language) {
  for (const ServiceDeskPhone& phone : kPhones) {
    if (phone.language == language) return std::string(phone.number);
  }
  return std::nullopt;
}

std::string ServiceDeskPhoneList() {
  std::string out;
  for (const ServiceDeskPhone& phone : kPhones) {
    if (!out.empty()) out += ", ";
    out += std::string(phone.number) + " (" + std::string(phone.language) + ")";
  }
  return out;
}

}  // namespace bizline
