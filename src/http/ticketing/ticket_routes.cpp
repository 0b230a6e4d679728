// TMF621 trouble tickets: list, get, create, patch; attachment upload and download.
#include <charconv>

#include "app/ticketing/ports.h"
#include "domain/ticketing/attachment_rules.h"
#include "http/core/errors.h"
#include "http/ticketing/routes.h"
#include "http/ticketing/ticket_json.h"

namespace bizline::http {
namespace {

const std::string kBase(kTicketBase);
// The largest file plus room for nothing else: the body is the file itself.
constexpr std::size_t kAttachmentBodyLimit = kMaxAttachmentBytes + 64 * 1024;

// The ticket's version as a strong entity tag: "3".
std::string ETagOf(const Ticket& ticket) { return "\"" + std::to_string(ticket.version) + "\""; }

// If-Match: absent or "*" checks nothing; "3" or W/"3" names the version the caller read;
// anything else can match no version (RFC 9110: 412).
Result<std::optional<int>> ExpectedVersion(const Request& request) {
  auto header = request.Header("if-match");
  if (!header || *header == "*") return std::optional<int>();
  std::string_view tag = *header;
  if (tag.rfind("W/", 0) == 0) tag.remove_prefix(2);
  int version = 0;
  if (tag.size() >= 3 && tag.front() == '"' && tag.back() == '"') {
    auto [end, ec] = std::from_chars(tag.data() + 1, tag.data() + tag.size() - 1, version);
    if (ec == std::errc() && end == tag.data() + tag.size() - 1 && version > 0) return std::optional<int>(version);
  }
  return Error::Stale("If-Match " + *header + " names no version of this ticket");
}

Response WithETag(Response response, const Ticket& ticket) {
  response.headers.emplace_back("ETag", ETagOf(ticket));
  return response;
}

std::string TicketNumberParam(const Request& request) {
  auto it = request.params.find("id");
  return it == request.params.end() ? std::string() : it->second;
}

}  // namespace

void AddTicketRoutes(Router& router, TicketService& tickets) {
  router.Add(Method::kGet, kBase, Access::kAuthenticated, [&tickets](const Request& request, const Context& ctx) {
    auto page = ParsePaging(request);
    if (!page) return ErrorResponse(page.error());
    auto filter = TicketFilterFromQuery(request);
    if (!filter) return ErrorResponse(filter.error());
    auto result = tickets.List(*ctx.principal, *filter, *page);
    if (!result) return ErrorResponse(result.error());
    json items = json::array();
    for (const auto& t : result->items) items.push_back(TicketToJson(t, tickets.ClockOf(t)));
    return ListResponse(items, result->total, request.Query("fields"));
  });

  router.Add(
      Method::kGet, kBase + "/{id}", Access::kAuthenticated, [&tickets](const Request& request, const Context& ctx) {
        auto ticket = tickets.Get(*ctx.principal, TicketNumberParam(request));
        if (!ticket) return ErrorResponse(ticket.error());
        return WithETag(
            Response::Json(200, SelectFields(TicketToJson(*ticket, tickets.ClockOf(*ticket)), request.Query("fields"))),
            *ticket);
      });

  router.Add(Method::kPost, kBase, Access::kAuthenticated, [&tickets](const Request& request, const Context& ctx) {
    auto body = ParseJsonObject(request);
    if (!body) return ErrorResponse(body.error());
    auto draft = TicketDraftFromJson(*body);
    if (!draft) return ErrorResponse(draft.error());
    auto created = tickets.Create(*ctx.principal, std::move(*draft));
    if (!created) return ErrorResponse(created.error());
    Response r = Response::Json(201, TicketToJson(*created, tickets.ClockOf(*created)));
    r.headers.emplace_back("Location", kBase + "/" + created->number);
    return r;
  });

  router.Add(Method::kPatch, kBase + "/{id}", Access::kAuthenticated,
             [&tickets](const Request& request, const Context& ctx) {
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto patch = TicketPatchFromJson(*body);
               if (!patch) return ErrorResponse(patch.error());
               auto expected = ExpectedVersion(request);
               if (!expected) return ErrorResponse(expected.error());
               patch->expected_version = *expected;
               auto updated = tickets.Patch(*ctx.principal, TicketNumberParam(request), *patch);
               if (!updated) return ErrorResponse(updated.error());
               return WithETag(Response::Json(200, TicketToJson(*updated, tickets.ClockOf(*updated))), *updated);
             });

  // The body is the file; Content-Type is its media type and ?name= its file name.
  router.Add(
      Method::kPost, kBase + "/{id}/attachment", Access::kAuthenticated,
      [&tickets](const Request& request, const Context& ctx) {
        AttachmentUpload upload{request.Query("name").value_or(""), request.Header("content-type").value_or(""),
                                request.body};
        std::string number = TicketNumberParam(request);
        auto info = tickets.Attach(*ctx.principal, number, std::move(upload));
        if (!info) return ErrorResponse(info.error());
        Response r = Response::Json(201, AttachmentToJson(number, *info));
        r.headers.emplace_back("Location", kBase + "/" + number + "/attachment/" + std::to_string(info->id.value()));
        return r;
      },
      kAttachmentBodyLimit, BodyKind::kAny);

  router.Add(Method::kGet, kBase + "/{id}/attachment/{attachmentId}", Access::kAuthenticated,
             [&tickets](const Request& request, const Context& ctx) {
               std::string number = TicketNumberParam(request);
               auto attachment = PathId(request, "attachmentId");
               // An unreadable attachment id is simply not found; the ticket is still checked first.
               auto file = tickets.Download(*ctx.principal, number, AttachmentId(attachment ? *attachment : 0));
               if (!file) return ErrorResponse(file.error());
               Response r;
               r.status = 200;
               r.content_type = file->info.mime_type;
               r.body = std::move(file->content);
               std::string safe_name;
               for (char c : file->info.name) safe_name += (c == '"' || c < 0x20) ? '_' : c;
               r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + safe_name + "\"");
               return r;
             });
}

}  // namespace bizline::http
