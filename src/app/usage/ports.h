// Ports of the usage capability: the accounting sessions metering follows and the volume it
// counted per RADIUS user and Brussels day. Volume is kept by User-Name, whether or not a line
// carries it yet: a record for an unknown user is kept (unmatched), never dropped.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/core/page.h"
#include "app/core/storage.h"
#include "app/usage/accounting_journal.h"
#include "domain/core/ids.h"
#include "domain/core/time_text.h"
#include "domain/usage/session_meter.h"
#include "domain/usage/throttle.h"
#include "domain/usage/volume.h"
#include "domain/usage/volume_pack.h"

namespace bizline {

struct DailyVolume {
  CivilDay day;
  Bytes bytes;
};

// One line's volume on one Brussels day: a TMF635 Usage.
struct LineDayVolume {
  ProductId line;
  CustomerId customer;
  std::string user_name;
  CivilDay day;
  Bytes bytes;
};

struct LineDayFilter {
  std::optional<CustomerId> only;  // a representative's own customer: the tenant boundary
  std::optional<CustomerId> customer;
  std::optional<ProductId> line;
  std::optional<CivilDay> from;   // days on or after
  std::optional<CivilDay> until;  // days strictly before
};

// Volume to add to a user's Brussels day.
struct UserDayVolume {
  std::string user_name;
  CivilDay day;
  Bytes bytes;
};

struct UserMonthVolume {
  std::string user_name;
  Bytes bytes;
};

class UsageRepository {
 public:
  virtual ~UsageRepository() = default;
  virtual Result<std::optional<MeteredSession>> FindSession(const std::string& nas, const std::string& session_id) = 0;
  // Inserts the sessions or replaces what is stored under their NAS and session id.
  virtual Status SaveSessions(std::span<const MeteredSession> sessions) = 0;
  Status SaveSession(const MeteredSession& session) { return SaveSessions({&session, 1}); }
  // Accounting-On/Off: every open session of the NAS is over. Returns how many were open.
  virtual Result<int> CloseSessionsOf(const std::string& nas) = 0;
  // Open sessions whose last record is older than `before`: a Stop that never came.
  virtual Result<int> CloseSilentSessions(Instant before) = 0;
  // Adds each volume to its user's Brussels day.
  virtual Status AddVolumes(std::span<const UserDayVolume> volumes) = 0;
  Status AddVolume(const std::string& user_name, CivilDay day, Bytes bytes) {
    const UserDayVolume volume{user_name, day, bytes};
    return AddVolumes({&volume, 1});
  }
  virtual Result<std::vector<DailyVolume>> DailyVolumes(const std::string& user_name, Month month) = 0;
  // Every user with volume in the month, ordered by user name.
  virtual Result<std::vector<UserMonthVolume>> MonthVolumes(Month month) = 0;
  virtual Result<Bytes> MonthVolume(const std::string& user_name, Month month) = 0;
  // The daily volumes of lines (users no line carries are left out), by day then line.
  virtual Result<Page<LineDayVolume>> LineDays(const LineDayFilter& filter, PageRequest page) = 0;
  // Records that the line was told of `threshold` in `month`; false when it already was.
  virtual Result<bool> RecordNotice(ProductId line, Month month, int threshold, Instant at) = 0;
  // How far the journal applier metered `journal` ({0, 0}: nothing yet).
  virtual Result<JournalPosition> JournalCursor(const std::string& journal) = 0;
  virtual Status SaveJournalCursor(const std::string& journal, JournalPosition position) = 0;
};

inline UsageRepository& Usage(Transaction& tx) { return tx.Repository<UsageRepository>(); }

// Where a CoA for a user goes: the NAS address and Acct-Session-Id of its latest session.
struct SessionTarget {
  std::string nas_address;  // empty: the volume came from a file, no NAS to tell
  std::string session_id;
};

// U-13, U-14: the throttles of lines and the Volume Packs ordered for them.
class UsageEnforcementRepository {
 public:
  virtual ~UsageEnforcementRepository() = default;
  virtual Result<std::optional<SessionTarget>> LatestSession(const std::string& user_name) = 0;
  // The new throttle's id; nullopt when another throttle of the line and month already reduces
  // its speed (inserted by a concurrent transaction: U-13 throttles a line once per episode).
  virtual Result<std::optional<std::int64_t>> InsertThrottle(const Throttle& throttle) = 0;
  // kStale when the stored version is not `throttle.version`; the stored version is then bumped.
  virtual Status UpdateThrottle(const Throttle& throttle) = 0;
  // The line's throttle of `month` whose speed reduction is not lifted yet, if any.
  virtual Result<std::optional<Throttle>> OpenThrottle(ProductId line, Month month) = 0;
  // Throttles with a request to send (pending or liftPending) due at `now`, oldest first.
  virtual Result<std::vector<Throttle>> DueThrottles(Instant now, int limit) = 0;
  // Throttles still reducing speed whose month started before `month`: they lift now (U-13).
  virtual Result<std::vector<Throttle>> ThrottlesBefore(Month month, int limit) = 0;
  // Every throttle of the month (the staff's view), newest first.
  virtual Result<std::vector<Throttle>> ThrottlesOf(Month month) = 0;

  virtual Result<std::int64_t> InsertVolumePack(const VolumePack& pack) = 0;
  virtual Result<std::vector<VolumePack>> VolumePacks(ProductId line, Month month) = 0;
  // Every line's Volume Packs of the month.
  virtual Result<std::vector<VolumePack>> VolumePacksOf(Month month) = 0;
};

inline UsageEnforcementRepository& Enforcement(Transaction& tx) { return tx.Repository<UsageEnforcementRepository>(); }

}  // namespace bizline
