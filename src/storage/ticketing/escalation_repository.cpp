#include "storage/ticketing/escalation_repository.h"

#include <soci/soci.h>

#include "storage/core/db_error.h"

namespace bizline {

Result<std::int64_t> SociEscalationRepository::Insert(const EscalationStep& s) {
  return Guarded([&]() -> Result<std::int64_t> {
    long long id = 0, ticket = s.ticket_id.value(), at = EpochSeconds(s.requested_at);
    long long by = s.requested_by ? s.requested_by->value() : 0;
    soci::indicator by_ind = s.requested_by ? soci::i_ok : soci::i_null;
    int from = s.from_level, to = s.to_level;
    std::string trigger(ToString(s.trigger)), channel(ToString(s.channel));
    sql_ << "INSERT INTO ticket_escalation (ticket_id, from_level, to_level, trigger_kind, requested_by, "
            "requester_role, requester_name, requester_email, requester_phone, channel, reason, operator_contact, "
            "operator_phone, handler_name, handler_email, handler_phone, requested_at) VALUES (:t, :f, :l, :k, :b, "
            ":rr, :rn, :re, :rp, :c, :why, :oc, :op, :hn, :he, :hp, :at) RETURNING id",
        soci::use(ticket), soci::use(from), soci::use(to), soci::use(trigger), soci::use(by, by_ind),
        soci::use(s.requester_role), soci::use(s.requester.name), soci::use(s.requester.email),
        soci::use(s.requester.phone), soci::use(channel), soci::use(s.reason), soci::use(s.operator_contact),
        soci::use(s.operator_phone), soci::use(s.handler.name), soci::use(s.handler.email), soci::use(s.handler.phone),
        soci::use(at), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

Result<std::vector<EscalationStep>> SociEscalationRepository::Steps(TicketId ticket) {
  return Guarded([&]() -> Result<std::vector<EscalationStep>> {
    std::vector<EscalationStep> out;
    long long id = 0, key = ticket.value(), by = 0, at = 0;
    soci::indicator by_ind = soci::i_ok;
    int from = 0, to = 0;
    std::string trigger, role, rname, remail, rphone, channel, reason, ocontact, ophone, hname, hemail, hphone;
    soci::statement st =
        (sql_.prepare << "SELECT id, from_level, to_level, trigger_kind, requested_by, requester_role, requester_name, "
                         "requester_email, requester_phone, channel, reason, operator_contact, operator_phone, "
                         "handler_name, handler_email, handler_phone, requested_at FROM ticket_escalation "
                         "WHERE ticket_id = :t ORDER BY to_level",
         soci::into(id), soci::into(from), soci::into(to), soci::into(trigger), soci::into(by, by_ind),
         soci::into(role), soci::into(rname), soci::into(remail), soci::into(rphone), soci::into(channel),
         soci::into(reason), soci::into(ocontact), soci::into(ophone), soci::into(hname), soci::into(hemail),
         soci::into(hphone), soci::into(at), soci::use(key));
    st.execute();
    while (st.fetch()) {
      EscalationStep s;
      s.id = id;
      s.ticket_id = ticket;
      s.from_level = from;
      s.to_level = to;
      s.trigger = ParseEscalationTrigger(trigger).value_or(EscalationTrigger::kRequest);
      if (by_ind == soci::i_ok) s.requested_by = UserId(by);
      s.requester_role = role;
      s.requester = {rname, remail, rphone};
      s.channel = ParseChannel(channel).value_or(Channel::kPhone);
      s.reason = reason;
      s.operator_contact = ocontact;
      s.operator_phone = ophone;
      s.handler = {hname, hemail, hphone};
      s.requested_at = InstantFromEpoch(at);
      out.push_back(std::move(s));
    }
    return out;
  });
}

Result<int> SociEscalationRepository::LinkedCustomerCount(TicketId parent) {
  return Guarded([&]() -> Result<int> {
    long long key = parent.value();
    int count = 0;
    sql_ << "SELECT COUNT(DISTINCT customer_id) FROM trouble_ticket WHERE parent_ticket_id = :p AND customer_id IS "
            "NOT NULL",
        soci::use(key), soci::into(count);
    return count;
  });
}

}  // namespace bizline
