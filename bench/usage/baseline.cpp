// bench/usage baseline: the plain single-thread streaming meter a competent engineer writes in an
// afternoon. Reads the RADIUS accounting CSV with std::ifstream/getline, keeps each session's
// counters in an std::unordered_map, sums the growth per user and Europe/Brussels month, and
// prints `user_name,month,volume_bytes` sorted.
//   baseline records.csv > volumes.csv
//
// Volume rules: a session's counter is input + output, each octets + (gigawords << 32); the first
// record of a session counts from 0; a record adds only what its counter grew past the highest
// counter already seen for that session (so a retransmit adds nothing and a counter going
// backwards, e.g. an Interim-Update arriving after its Stop, never gives negative volume nor
// makes a later retransmit count twice); the growth goes to the Brussels month of the record's
// event_timestamp.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int64_t& y, unsigned& m) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
}

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// EU rule: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
int64_t LastSundayOneUtc(int64_t year, unsigned month) {
  const int64_t last = DaysFromCivil(year, month, 31);  // March and October have 31 days
  const int64_t weekday = (last + 4) % 7;               // 1970-01-01 was a Thursday; 0 = Sunday
  return (last - weekday) * 86400 + 3600;
}

// "YYYY-MM" of the instant in Europe/Brussels.
std::string BrusselsMonth(int64_t ts) {
  int64_t y;
  unsigned m;
  CivilFromDays(FloorDiv(ts, 86400), y, m);  // the UTC year: the same as Brussels' at both DST transitions
  const bool summer = ts >= LastSundayOneUtc(y, 3) && ts < LastSundayOneUtc(y, 10);
  CivilFromDays(FloorDiv(ts + (summer ? 7200 : 3600), 86400), y, m);
  char out[16];
  std::snprintf(out, sizeof out, "%04lld-%02u", static_cast<long long>(y), m);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: baseline records.csv\n";
    return 1;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 1;
  }
  std::string line;
  std::getline(in, line);                                          // header
  std::unordered_map<std::string, uint64_t> session_high;          // user_name,session_id -> highest counter seen
  std::map<std::pair<std::string, std::string>, uint64_t> volume;  // (user_name, month) -> bytes
  std::vector<std::string> f;
  uint64_t rows = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    f.clear();
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, ',')) f.push_back(field);
    if (f.size() != 8) {
      std::cerr << "bad row: " << line << "\n";
      return 1;
    }
    const uint64_t counter =
        std::stoull(f[3]) + (std::stoull(f[5]) << 32) + std::stoull(f[4]) + (std::stoull(f[6]) << 32);
    const int64_t ts = std::stoll(f[7]);
    ++rows;
    auto [it, first] = session_high.try_emplace(f[2] + ',' + f[1], 0);
    if (!first && counter <= it->second) continue;  // retransmit, or a counter behind what we saw
    const uint64_t delta = counter - it->second;
    it->second = counter;
    volume[{f[2], BrusselsMonth(ts)}] += delta;
  }
  std::ios::sync_with_stdio(false);
  std::string out;
  for (const auto& [key, bytes] : volume) {
    out += key.first + ',' + key.second + ',' + std::to_string(bytes) + '\n';
  }
  std::cout << out;
  std::cerr << "baseline: rows=" << rows << " sessions=" << session_high.size() << "\n";
  return 0;
}
