#!/usr/bin/env python3
"""bench/availability/gen.py: the input of `bizline availability --batch` for the benchmark.

Writes LINES JSON lines (issue 13 item 5) over the calendar year 2026 in Belgian local time
([2026-01-01T00:00:00+01:00, 2027-01-01T00:00:00+01:00)) with INCIDENTS Incidents in all, spread
over the lines at random (about INCIDENTS / LINES per line, some lines with none). Deterministic
for a given seed. Python 3 standard library only.

    gen.py [--lines 100000] [--incidents 1000000] [--seed 20260101] [-o FILE]

What the data holds, so that the comparison exercises every rule (SLA-006, SLA-046..SLA-050):
- formulas and tiers of catalog/sla.yaml, canonical ids of shared/spec/ids.md: Internet Pro+ and
  Internet Pro+ Essential (and their fiber and temporary variants), which have an availability
  level, and formulas that have none (Essential, Maxi, Pro, FullFiber, FFE and their variants);
  every window (basic, medium, premium, fiber); some lines omit the tier (the formula's DEF tier);
- P1 mostly, some P2/P3/P4 (which never count);
- lines of several kinds: calm (short incidents), rough and bad (long ones, near and past the
  99.7 % / 99.5 % levels), and some with an Incident still open (no "resolved", or null);
- Incidents created at random instants, and many on Saturdays, on the 2026 Belgian public
  holidays, on the DST days (29 March, 25 October, both Sundays, including the skipped and the
  repeated hour) and the days around them, at the edges of the windows (08:00, 16:30, 18:00,
  20:00, 22:00, midnight), some starting in late December 2025 or ending in 2027;
- overlapping Incidents (created inside an earlier one, or at the same instant);
- Stop-Clock periods inside the Incident, reaching before its creation or past its resolution,
  covering it whole, overlapping each other, empty, wholly outside it, in any order;
- instants written with their Brussels offset mostly, some in UTC ("Z", "+00:00") and a few with
  another offset.
"""
import argparse
import datetime as dt
import json
import random
import sys
from zoneinfo import ZoneInfo

BRU = ZoneInfo("Europe/Brussels")
UTC = dt.timezone.utc

PERIOD_FROM_TEXT = "2026-01-01T00:00:00+01:00"
PERIOD_TO_TEXT = "2027-01-01T00:00:00+01:00"
PERIOD_FROM = int(dt.datetime.fromisoformat(PERIOD_FROM_TEXT).timestamp())
PERIOD_TO = int(dt.datetime.fromisoformat(PERIOD_TO_TEXT).timestamp())

# (formula, tier or None to omit it, weight). Tiers per catalog/sla.yaml.
LINE_KINDS = [
    # availability level (SLA-049): Internet Pro+ and Pro+ Essential and the formulas derived from them
    ("internet-pro-plus", "basic", 9),
    ("internet-pro-plus", "medium", 6),
    ("internet-pro-plus", "premium", 6),
    ("internet-pro-plus", None, 2),  # DEF tier: basic
    ("internet-pro-plus-essential", "basic", 6),
    ("internet-pro-plus-essential", "medium", 4),
    ("internet-pro-plus-essential", "premium", 4),
    ("internet-pro-plus-essential", None, 1),
    ("fiber-internet-pro-plus", "premium", 2),
    ("fiber-internet-pro-plus", "basic", 2),
    ("fiber-internet-pro-plus-essential", "medium", 2),
    ("temporary-internet-pro-plus", "premium", 1),
    ("temporary-internet-pro-plus", "basic", 1),
    # no availability level
    ("internet-essential", "default", 3),
    ("internet-essential-fiber", None, 1),
    ("internet-maxi", "default", 5),
    ("internet-maxi-fullfiber", "default", 2),
    ("internet-fiber-100", None, 1),
    ("internet-pro", "default", 6),
    ("fiber-internet-pro", "default", 2),
    ("fullfiber", "default", 5),
    ("fullfiber", "premium", 3),
    ("fullfiber", None, 1),
    ("fullfiber-extended", "basic", 4),
    ("fullfiber-extended", "medium", 3),
    ("fullfiber-extended", "premium", 3),
    ("temporary-fullfiber-extended", "medium", 1),
]

PRIORITIES = ["P1", "P2", "P3", "P4"]
PRIORITY_WEIGHTS = [75, 13, 9, 3]

# Line profiles: (weight, mean Incident duration in seconds, share of lines with an open Incident).
PROFILES = [
    (70, 45 * 60),  # calm
    (20, 6 * 3600),  # rough: around the 99.7 % level on the narrow windows
    (8, 24 * 3600),  # bad: below 99.5 % often
    (2, 2 * 3600),  # with an open Incident (see below)
]


def easter_sunday(year):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def special_days():
    """Days the data leans on: Saturdays, holidays, DST days and their neighbours, year edges."""
    days = []
    e = easter_sunday(2026)
    holidays = [dt.date(2026, 1, 1), e + dt.timedelta(days=1), dt.date(2026, 5, 1), e + dt.timedelta(days=39),
                e + dt.timedelta(days=50), dt.date(2026, 7, 21), dt.date(2026, 8, 15), dt.date(2026, 11, 1),
                dt.date(2026, 11, 11), dt.date(2026, 12, 25)]
    for h in holidays:
        days += [h] * 6 + [h - dt.timedelta(days=1), h + dt.timedelta(days=1)]
    for dst in (dt.date(2026, 3, 29), dt.date(2026, 10, 25)):
        days += [dst] * 12 + [dst - dt.timedelta(days=1)] * 3 + [dst + dt.timedelta(days=1)] * 3
    d = dt.date(2026, 1, 3)
    while d.year == 2026:  # every Saturday
        days += [d, d]
        d += dt.timedelta(days=7)
    days += [dt.date(2025, 12, 31), dt.date(2026, 12, 31), dt.date(2026, 12, 31), dt.date(2025, 12, 29)]
    return days


EDGE_TIMES = [(0, 0), (2, 0), (2, 30), (3, 0), (8, 0), (16, 30), (18, 0), (20, 0), (22, 0), (23, 59)]


def local_instant(day, seconds_of_day, fold=0):
    t = dt.datetime(day.year, day.month, day.day, tzinfo=BRU) + dt.timedelta(seconds=seconds_of_day)
    # Wall-clock arithmetic: 02:30 on 29 March does not exist (zoneinfo reads it with the winter
    # offset), 02:30 on 25 October occurs twice (fold picks which).
    return int(t.replace(fold=fold).timestamp())


def created_instant(rng, days):
    r = rng.random()
    if r < 0.5:
        return rng.randrange(PERIOD_FROM - 3 * 86400, PERIOD_TO)
    day = rng.choice(days)
    if r < 0.75:
        h, m = rng.choice(EDGE_TIMES)
        sod = h * 3600 + m * 60 + rng.choice([0, 0, 1, -1, rng.randrange(-1800, 1800)])
        sod = max(0, min(86399, sod))
    else:
        sod = rng.randrange(86400)
    return local_instant(day, sod, fold=rng.randrange(2))


IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
EDT = dt.timezone(dt.timedelta(hours=-4))


def fmt(t, rng):
    """An ISO 8601 instant with an offset: Brussels mostly, sometimes UTC or another offset."""
    r = rng.random()
    if r < 0.86:
        tz = BRU
    elif r < 0.93:
        return dt.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    elif r < 0.97:
        tz = UTC
    else:
        tz = IST if r < 0.985 else EDT
    return dt.datetime.fromtimestamp(t, tz).isoformat()


def duration(rng, mean):
    r = rng.random()
    if r < 0.01:
        return 0  # resolved at its creation: nothing
    if r < 0.03:
        return rng.randrange(1, 60)
    return max(1, int(rng.expovariate(1.0 / mean)))


def stop_clock(rng, created, resolved):
    """Stop-Clock periods of one Incident, as (start, end) instants, in no particular order."""
    end = resolved if resolved is not None else PERIOD_TO + rng.randrange(0, 30 * 86400)
    length = max(1, end - created)
    periods = []
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
        kind = rng.random()
        if kind < 0.45:  # inside
            a = created + rng.randrange(length)
            b = a + rng.randrange(0, max(1, end - a) + 1)
        elif kind < 0.6:  # reaching before the creation
            a = created - rng.randrange(1, 86400)
            b = created + rng.randrange(0, length + 1)
        elif kind < 0.75:  # reaching past the resolution
            a = created + rng.randrange(length)
            b = end + rng.randrange(1, 86400)
        elif kind < 0.82:  # covering the whole Incident
            a = created - rng.randrange(0, 3600)
            b = end + rng.randrange(0, 3600)
        elif kind < 0.88:  # empty
            a = created + rng.randrange(length)
            b = a
        else:  # wholly outside
            if rng.random() < 0.5:
                b = created - rng.randrange(0, 86400)
                a = b - rng.randrange(1, 86400)
            else:
                a = end + rng.randrange(0, 86400)
                b = a + rng.randrange(1, 86400)
        periods.append((a, b))
    if len(periods) == 1 and rng.random() < 0.3:  # an overlapping twin
        a, b = periods[0]
        periods.append((a + (b - a) // 2, b + rng.randrange(0, 7200)))
    rng.shuffle(periods)
    return periods


def incidents_of_line(rng, count, profile, days):
    mean = PROFILES[profile][1]
    out = []
    open_index = rng.randrange(count) if profile == 3 and count > 0 else -1
    previous = None
    for i in range(count):
        priority = rng.choices(PRIORITIES, PRIORITY_WEIGHTS)[0]
        if i == open_index:
            priority = "P1" if rng.random() < 0.9 else "P2"
        r = rng.random()
        if previous is not None and r < 0.12:  # created inside (or just after) an earlier Incident
            pc, pr = previous
            span = (pr if pr is not None else PERIOD_TO) - pc
            created = pc + rng.randrange(0, max(1, int(span * 1.2)) + 1)
        elif previous is not None and r < 0.15:  # at the same instant
            created = previous[0]
        else:
            created = created_instant(rng, days)
        resolved = None if i == open_index else created + duration(rng, mean)
        incident = {"priority": priority, "created": fmt(created, rng)}
        if resolved is not None:
            incident["resolved"] = fmt(resolved, rng)
        elif rng.random() < 0.5:
            incident["resolved"] = None
        s = rng.random()
        if s < 0.3:
            incident["stopClock"] = [[fmt(a, rng), fmt(b, rng)] for a, b in stop_clock(rng, created, resolved)]
        elif s < 0.65:
            incident["stopClock"] = []
        out.append(incident)
        previous = (created, resolved)
    rng.shuffle(out)  # Incidents come in any order
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("-o", "--out", default="-")
    args = parser.parse_args()
    if args.lines <= 0 or args.incidents < 0:
        parser.error("--lines must be > 0 and --incidents >= 0")

    rng = random.Random(args.seed)
    counts = [0] * args.lines
    for _ in range(args.incidents):  # multinomial: about incidents/lines each, exact total
        counts[rng.randrange(args.lines)] += 1
    kinds = [(f, t) for f, t, _ in LINE_KINDS]
    kind_weights = [w for _, _, w in LINE_KINDS]
    profile_weights = [w for w, _ in PROFILES]
    days = special_days()

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    with out:
        for n in range(args.lines):
            formula, tier = rng.choices(kinds, kind_weights)[0]
            profile = rng.choices(range(len(PROFILES)), profile_weights)[0]
            line = {"id": n + 1 if n % 97 == 0 else f"L{n + 1:07d}", "formula": formula}
            if tier is not None:
                line["tier"] = tier
            line["from"] = PERIOD_FROM_TEXT
            line["to"] = PERIOD_TO_TEXT
            line["incidents"] = incidents_of_line(rng, counts[n], profile, days)
            out.write(json.dumps(line, separators=(",", ":")))
            out.write("\n")


if __name__ == "__main__":
    main()
