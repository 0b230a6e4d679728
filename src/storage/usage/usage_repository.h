// Usage metering in SQL (migration 0011): sessions keyed by NAS and session id, volume by user
// and Brussels day, added with one upsert that works on SQLite and PostgreSQL alike.
#pragma once

#include <memory>

#include "app/usage/ports.h"

namespace soci {
class session;
}

namespace bizline {

class SociUsageRepository final : public UsageRepository {
 public:
  explicit SociUsageRepository(soci::session& session);
  ~SociUsageRepository() override;

  Result<std::optional<MeteredSession>> FindSession(const std::string& nas, const std::string& session_id) override;
  Status SaveSessions(std::span<const MeteredSession> sessions) override;
  Result<int> CloseSessionsOf(const std::string& nas) override;
  Result<int> CloseSilentSessions(Instant before) override;
  Status AddVolumes(std::span<const UserDayVolume> volumes) override;
  Result<std::vector<DailyVolume>> DailyVolumes(const std::string& user_name, Month month) override;
  Result<std::vector<UserMonthVolume>> MonthVolumes(Month month) override;
  Result<Bytes> MonthVolume(const std::string& user_name, Month month) override;
  Result<Page<LineDayVolume>> LineDays(const LineDayFilter& filter, PageRequest page) override;
  Result<bool> RecordNotice(ProductId line, Month month, int threshold, Instant at) override;
  Result<JournalPosition> JournalCursor(const std::string& journal) override;
  Status SaveJournalCursor(const std::string& journal, JournalPosition position) override;

 private:
  struct SessionLookup;  // FindSession's statement, prepared once per transaction
  struct VolumeLookup;   // MonthVolume's, likewise (asked for every user a batch touched)
  struct NoticeInsert;   // RecordNotice's, likewise (thousands of lines cross 80 % in a file)

  soci::session& sql_;
  std::unique_ptr<SessionLookup> lookup_;
  std::unique_ptr<VolumeLookup> volume_lookup_;
  std::unique_ptr<NoticeInsert> notice_insert_;
};

}  // namespace bizline
