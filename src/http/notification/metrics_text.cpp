#include "http/notification/metrics_text.h"

#include "http/core/prometheus_text.h"

namespace bizline::http {

std::string RenderOutboxMetrics(const Result<std::vector<OutboxCount>>& counts) {
  PrometheusText out;
  out.SourceUp("outbox", counts ? nullptr : &counts.error());
  if (!counts) return out.Take();
  out.Family("bizline_outbox_backlog", "gauge", "Notifications waiting to be delivered, by channel.");
  for (NotificationChannel channel : {NotificationChannel::kEmail, NotificationChannel::kSms}) {
    std::int64_t n = 0;
    for (const OutboxCount& c : *counts) {
      if (c.channel == channel && c.status == NotificationStatus::kPending) n += c.notifications;
    }
    out.Sample("bizline_outbox_backlog", {{"channel", ToString(channel)}}, n);
  }
  out.Family("bizline_outbox_failed", "gauge", "Notifications given up on after their last retry, by channel.");
  for (NotificationChannel channel : {NotificationChannel::kEmail, NotificationChannel::kSms}) {
    std::int64_t n = 0;
    for (const OutboxCount& c : *counts) {
      if (c.channel == channel && c.status == NotificationStatus::kFailed) n += c.notifications;
    }
    out.Sample("bizline_outbox_failed", {{"channel", ToString(channel)}}, n);
  }
  return out.Take();
}

}  // namespace bizline::http
