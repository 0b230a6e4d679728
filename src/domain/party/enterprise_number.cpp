#include "domain/party/enterprise_number.h"

#include <cctype>

namespace bizline {

std::optional<std::string> NormalizeEnterpriseNumber(std::string_view text) {
  if (text.size() >= 2 && std::toupper(static_cast<unsigned char>(text[0])) == 'B' &&
      std::toupper(static_cast<unsigned char>(text[1])) == 'E') {
    text.remove_prefix(2);
  }
  std::string digits;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits.push_back(c);
    } else if (c != '.' && c != ' ') {
      return std::nullopt;
    }
  }
  if (digits.size() == 9) digits.insert(digits.begin(), '0');  // old 9-digit numbers
  if (digits.size() != 10 || (digits[0] != '0' && digits[0] != '1')) return std::nullopt;

  long base = std::stol(digits.substr(0, 8));
  int check = std::stoi(digits.substr(8, 2));
  if (97 - (base % 97) != check) return std::nullopt;
  return digits.substr(0, 4) + "." + digits.substr(4, 3) + "." + digits.substr(7, 3);
}

}  // namespace bizline
