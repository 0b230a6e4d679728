#!/usr/bin/env python3
"""bench/availability/peer.py: the peer of `bizline availability --batch`, written from the rules.

Reads the same JSON lines on stdin ({"id","formula","tier","from","to","incidents":[{"priority",
"created","resolved","stopClock":[[start,end],...]}]}) and writes the same answers on stdout
({"id","netDowntimeSeconds","totalSeconds","availabilityPercent","creditPercent"}), with plain
interval arithmetic on whole seconds since the epoch. Python 3 standard library only.

The computation (shared/spec/rules.md):
- SLA-047, SLA-006, U-39: net downtime = the measure of
      ( union over the P1 Incidents of ([created, resolved or the period's end) minus that
        Incident's own Stop-Clock periods) ) ∩ [from, to) ∩ the line's Service Window;
  overlapping Incidents count once; P2..P4 never count.
- U-05, T-15, catalog/sla.yaml: the Service Window is the Incident Handling Window of the line's
  formula × tier, in Europe/Brussels local time (U-38), closed on the 10 Belgian public holidays
  (U-09; computed below, Easter by the Gregorian computus), no extra closures.
- SLA-046, SLA-048: total = to − from in seconds (24x7); availability = 100 × (1 − net / total),
  written with 4 decimals, truncated.
- SLA-049, SLA-050, X-24: only the formulas with an availability level (Internet Pro+ and
  Internet Pro+ Essential, and the formulas derived from them in catalog/offer.yaml) get a credit:
  5 if 1000 × net > 5 × total, else 1.5 if 1000 × net > 3 × total, else 0; null for the others.
  Integers only.

Input the benchmark never sends (errors, unknown formulas) stops the peer with a message: it is a
checker, not a second front door.
"""
import bisect
import datetime as dt
import json
import sys
from zoneinfo import ZoneInfo

BRU = ZoneInfo("Europe/Brussels")

# Incident Handling Windows (catalog/sla.yaml `windows:`; T-15): weekday (Mon=0) -> local spans
# as (start, end) seconds of the day. Every one is closed on the Belgian public holidays.
H = 3600
MON_FRI = range(0, 5)
SATURDAY = 5


def _window(weekday_end, saturday):
    spans = {d: [(8 * H, weekday_end)] for d in MON_FRI}
    if saturday:
        spans[SATURDAY] = [(8 * H, 16 * H + 30 * 60)]
    return spans


WINDOWS = {
    "premium-window": _window(22 * H, True),  # Mon-Fri 08:00-22:00, Sat 08:00-16:30
    "medium-window": _window(20 * H, True),  # Mon-Fri 08:00-20:00, Sat 08:00-16:30
    "basic-window": _window(20 * H, False),  # Mon-Fri 08:00-20:00
    "fiber-window": _window(18 * H, True),  # Mon-Fri 08:00-18:00, Sat 08:00-16:30
}

# formula -> (DEF tier, {tier: window}) from catalog/sla.yaml `formulas:` (same-as resolved by hand).
_ESSENTIAL = ("default", {"default": "basic-window"})
_MAXI = ("default", {"default": "medium-window"})
_PRO = ("default", {"default": "premium-window"})
_PRO_PLUS = ("basic", {"basic": "basic-window", "medium": "medium-window", "premium": "premium-window"})
_FULLFIBER = ("default", {"default": "fiber-window", "premium": "premium-window"})
_FFE = ("basic", {"basic": "basic-window", "medium": "fiber-window", "premium": "premium-window"})
FORMULAS = {
    "internet-essential": _ESSENTIAL,
    "internet-essential-fiber": _ESSENTIAL,
    "internet-maxi": _MAXI,
    "internet-maxi-fullfiber": _MAXI,
    "internet-fiber-100": _MAXI,
    "internet-pro": _PRO,
    "fiber-internet-pro": _PRO,
    "internet-pro-plus": _PRO_PLUS,
    "fiber-internet-pro-plus": _PRO_PLUS,
    "temporary-internet-pro-plus": _PRO_PLUS,
    "internet-pro-plus-essential": _PRO_PLUS,
    "fiber-internet-pro-plus-essential": _PRO_PLUS,
    "fullfiber": _FULLFIBER,
    "fullfiber-extended": _FFE,
    "temporary-fullfiber-extended": _FFE,
}

# SLA-049 (T-05 "availability-target: DEF" in catalog/offer.yaml, inherited by the like-for-like
# and temporary variants): the formulas with the 99.70 % level.
WITH_AVAILABILITY_LEVEL = {
    "internet-pro-plus",
    "internet-pro-plus-essential",
    "fiber-internet-pro-plus",
    "fiber-internet-pro-plus-essential",
    "temporary-internet-pro-plus",
}


def easter_sunday(year):
    """Gregorian computus (the 'anonymous' algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (2 * e + 2 * i - h - k + 32) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    day = (h + l - 7 * m + 33 * month + 19) % 32
    return dt.date(year, month, day)


def belgian_public_holidays(year):
    """U-09: 1 Jan, Easter Monday, 1 May, Ascension, Whit Monday, 21 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec."""
    easter = easter_sunday(year)
    return {
        dt.date(year, 1, 1),
        easter + dt.timedelta(days=1),
        dt.date(year, 5, 1),
        easter + dt.timedelta(days=39),
        easter + dt.timedelta(days=50),
        dt.date(year, 7, 21),
        dt.date(year, 8, 15),
        dt.date(year, 11, 1),
        dt.date(year, 11, 11),
        dt.date(year, 12, 25),
    }


def brussels_to_epoch(day, seconds_of_day):
    """A Brussels wall-clock time as seconds since the epoch. Window edges (08:00, 16:30, 18:00,
    20:00, 22:00) are never in a DST gap or overlap."""
    local = dt.datetime(day.year, day.month, day.day, seconds_of_day // 3600, seconds_of_day % 3600 // 60,
                        seconds_of_day % 60, tzinfo=BRU)
    return int(local.timestamp())


class OpenSpans:
    """A window's open spans of one calendar year as sorted, disjoint [start, end) epoch seconds."""

    def __init__(self, window, year):
        spans = WINDOWS[window]
        holidays = belgian_public_holidays(year)
        self.starts, self.ends = [], []
        day = dt.date(year, 1, 1)
        while day.year == year:
            if day not in holidays:
                for a, b in spans.get(day.weekday(), ()):
                    self.starts.append(brussels_to_epoch(day, a))
                    self.ends.append(brussels_to_epoch(day, b))
            day += dt.timedelta(days=1)


_SPANS = {}


def spans_of_year(window, year):
    key = (window, year)
    if key not in _SPANS:
        _SPANS[key] = OpenSpans(window, year)
    return _SPANS[key]


def brussels_year(t):
    return dt.datetime.fromtimestamp(t, BRU).year


def window_seconds(window, a, b):
    """Seconds of [a, b) inside the window."""
    total = 0
    for year in range(brussels_year(a), brussels_year(b - 1) + 1):
        spans = spans_of_year(window, year)
        i = bisect.bisect_right(spans.ends, a)  # first span ending after a
        while i < len(spans.starts) and spans.starts[i] < b:
            lo = max(a, spans.starts[i])
            hi = min(b, spans.ends[i])
            if hi > lo:
                total += hi - lo
            i += 1
    return total


def epoch(text):
    """An ISO 8601 instant with an offset, in whole seconds (the inputs have no fractions)."""
    t = dt.datetime.fromisoformat(text)
    if t.tzinfo is None:
        sys.exit(f"peer: '{text}' has no offset; the benchmark always gives one")
    return int(t.timestamp())


def minus(piece, stops):
    """[a, b) minus the union of `stops`, as a list of disjoint intervals."""
    a, b = piece
    out = []
    for s, e in sorted(stops):
        if e <= a or s >= e:
            continue
        if s >= b:
            break
        if s > a:
            out.append((a, s))
        a = max(a, e)
        if a >= b:
            return out
    out.append((a, b))
    return out


def net_downtime(window, period_from, period_to, incidents):
    pieces = []
    for incident in incidents:
        if incident["priority"] != "P1":  # SLA-047
            continue
        created = epoch(incident["created"])
        resolved = incident.get("resolved")
        end = epoch(resolved) if resolved is not None else period_to  # open: to the period's end
        if resolved is not None and end < created:
            sys.exit("peer: an Incident resolved before it was created")
        a, b = max(created, period_from), min(end, period_to)
        if b <= a:
            continue
        stops = [(epoch(s), epoch(e)) for s, e in incident.get("stopClock") or ()]
        if any(e < s for s, e in stops):
            sys.exit("peer: a Stop-Clock period ends before it starts")
        pieces.extend(minus((a, b), stops))
    pieces.sort()
    union = []
    for a, b in pieces:
        if union and a <= union[-1][1]:
            if b > union[-1][1]:
                union[-1][1] = b
        else:
            union.append([a, b])
    return sum(window_seconds(window, a, b) for a, b in union)


def answer(line):
    formula = line["formula"]
    if formula not in FORMULAS:
        sys.exit(f"peer: no SLA for formula {formula!r}")
    default_tier, tiers = FORMULAS[formula]
    tier = line.get("tier") or default_tier
    if tier not in tiers:
        sys.exit(f"peer: formula {formula!r} has no tier {tier!r}")
    period_from, period_to = epoch(line["from"]), epoch(line["to"])
    if period_to <= period_from:
        sys.exit("peer: empty period")
    net = net_downtime(tiers[tier], period_from, period_to, line["incidents"])
    total = period_to - period_from
    ten_thousandths = 100 * 10000 * (total - net) // total
    percent = f"{ten_thousandths // 10000}.{ten_thousandths % 10000:04d}"
    if formula not in WITH_AVAILABILITY_LEVEL:
        credit = None
    elif 1000 * net > 5 * total:
        credit = 5
    elif 1000 * net > 3 * total:
        credit = 1.5
    else:
        credit = 0
    return {"id": line.get("id"), "netDowntimeSeconds": net, "totalSeconds": total,
            "availabilityPercent": percent, "creditPercent": credit}


def main():
    out = sys.stdout
    for text in sys.stdin:
        if not text.strip():
            continue
        out.write(json.dumps(answer(json.loads(text)), separators=(",", ":"), ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main()
