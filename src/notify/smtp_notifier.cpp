#include "notify/smtp_notifier.h"

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

#include "notify/smtp_message.h"

namespace bizline {
namespace {

// curl_global_init is not thread-safe: run it once, before the first handle.
void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload {
  const std::string* data;
  std::size_t offset = 0;
};

std::size_t ReadPayload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  std::size_t room = size * count;
  std::size_t left = upload->data->size() - upload->offset;
  std::size_t n = left < room ? left : room;
  std::memcpy(buffer, upload->data->data() + upload->offset, n);
  upload->offset += n;
  return n;
}

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct ListDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

// The address between angle brackets, if any: "Bizline <noreply@x.be>" -> "<noreply@x.be>".
std::string EnvelopeAddress(const std::string& from) {
  auto open = from.find('<');
  auto close = from.find('>');
  if (open != std::string::npos && close != std::string::npos && close > open)
    return from.substr(open, close - open + 1);
  return "<" + from + ">";
}

}  // namespace

Status ValidateSmtpOptions(const SmtpOptions& options) {
  if (options.url.rfind("smtp://", 0) != 0 && options.url.rfind("smtps://", 0) != 0) {
    return Error::Invalid("smtp", "expected smtp://HOST:PORT or smtps://HOST:PORT, got '" + options.url + "'");
  }
  if (options.from.find('@') == std::string::npos) {
    return Error::Invalid("smtpFrom", "expected an e-mail address, got '" + options.from + "'");
  }
  return Ok{};
}

SmtpNotifier::SmtpNotifier(SmtpOptions options, const Clock& clock) : options_(std::move(options)), clock_(clock) {
  InitCurlOnce();
}

Status SmtpNotifier::Send(const Notification& notification) {
  const std::vector<std::string>& recipients = notification.recipients;
  if (recipients.empty()) return Error::Invalid("recipients", "the notification has no recipient");
  const std::string message = FormatMessage(notification, options_.from, clock_.Now());
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return Error::Unavailable("libcurl could not create a handle");
  std::unique_ptr<curl_slist, ListDeleter> rcpt;
  for (const auto& r : recipients) {
    curl_slist* grown = curl_slist_append(rcpt.get(), EnvelopeAddress(r).c_str());
    if (!grown) return Error::Unavailable("out of memory building the recipient list");
    (void)rcpt.release();
    rcpt.reset(grown);
  }
  Upload upload{&message};
  char error[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, options_.url.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, EnvelopeAddress(options_.from).c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
  curl_easy_setopt(c, CURLOPT_READFUNCTION, ReadPayload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, static_cast<long>(options_.connect_timeout.count()));
  curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(options_.timeout.count()));
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // safe with threads; timeouts still apply
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  if (!options_.username.empty()) {
    curl_easy_setopt(c, CURLOPT_USERNAME, options_.username.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, options_.password.c_str());
    curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
  }
  CURLcode rc = curl_easy_perform(c);
  if (rc == CURLE_OK) return Ok{};
  long response = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
  std::string what = std::string(curl_easy_strerror(rc)) + (error[0] ? std::string(": ") + error : std::string());
  // A 5xx refusal is final for this message; a wrong login is a configuration error worth retrying.
  const bool permanent = response >= 500 && response < 600 && rc != CURLE_LOGIN_DENIED;
  if (permanent) {
    return Error::Invalid("recipients",
                          "the SMTP server refused the message (" + std::to_string(response) + "): " + what);
  }
  return Error::Unavailable("SMTP delivery failed" +
                            (response ? " (" + std::to_string(response) + ")" : std::string()) + ": " + what);
}

}  // namespace bizline
