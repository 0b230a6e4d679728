#include "domain/calendar/brussels_time.h"

namespace bizline {

const date::time_zone& BrusselsZone() {
  // locate_zone parses the tz database once; the zone object lives as long as the process.
  static const date::time_zone* const zone = date::locate_zone("Europe/Brussels");
  return *zone;
}

LocalSeconds ToBrusselsLocal(Instant instant) { return BrusselsZone().to_local(instant); }

CivilDay BrusselsDay(Instant instant) { return date::floor<date::days>(ToBrusselsLocal(instant)); }

LocalTimeKind ClassifyBrusselsLocal(LocalSeconds local) {
  const date::local_info info = BrusselsZone().get_info(local);
  switch (info.result) {
    case date::local_info::unique: return LocalTimeKind::kUnique;
    case date::local_info::nonexistent: return LocalTimeKind::kNonexistent;
    case date::local_info::ambiguous: return LocalTimeKind::kAmbiguous;
  }
  return LocalTimeKind::kUnique;
}

Instant FromBrusselsLocal(LocalSeconds local) { return BrusselsZone().to_sys(local, date::choose::earliest); }

Seconds BrusselsOffset(Instant instant) { return BrusselsZone().get_info(instant).offset; }

}  // namespace bizline
