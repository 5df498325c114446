#!/usr/bin/env python3
"""Independent oracle for the example templates over the real exports.

For each folder of ../shared/real-exports (or the folder given with --exports) this script reads
the export on its own: it skips the preamble, parses the dates and numbers, applies the filters,
groups the rows into the periods of templates/examples/<folder>.yaml and computes every measure
the template defines, then every KPI from those measures. It prints CSV on stdout:

    template,period,id,value

- template: the example template's name (its file name without .yaml: the export's folder name)
- period:   the first day of the period (2024-09-01 for September 2024; the Monday of a week)
- id:       a measure id or a KPI id of the template; or, for facts about the reading itself,
              _partial           value 1 for each period the data covers only in part
              _rows:<source>     data rows read (preamble, blank lines and summary rows left out), period empty
              _counted:<source>  rows that met the source's filter, period empty
              _summary:<source>  summary rows skipped (Google Ads' "Total: ..." rows), period empty
- value:    Python repr() of a float (the shortest text that reads back to the same double);
            empty when blank (a division by zero, prev() of the first period, an average of no rows)

Independent means: nothing here reads the templates, the presets or any journeydash code. Each
reader below is written from the export's structure (as SOURCE.txt and the file show it) and
from the intent written in the template's comments; each KPI formula is translated by hand.
Money is summed as Decimal (exact cents) and turned into a float at the end.

Periods: a template's journey runs from the period of the earliest row that counts (that met
its source's filter) to the period of the latest; the first period is partial when the data
starts after its first day, the last when the data ends before its last day. A row covers its
day; a GA4 "Nth week" row covers its seven days, cut at the table's End date line. In an
"events" source (orders, charges, campaigns) a period without rows has 0 for counts and sums and
blank for max/average; in a "totals" source (analytics rows) it is blank.

Usage, from the repository root (Python 3.8+, standard library only):

    python3 src/test/resources/oracle/real_exports.py [--exports DIR] [--only FOLDER]

Folders missing from DIR are left out (a note on stderr). RealExportsTest runs this script and
compares every value with what journeydash computes for the same template and file.

Hand checks of the figures, made with grep/awk on the real files (recorded in each reader's
docstring), are what makes this script's numbers trustworthy; rerun them after any change here.
"""

import argparse
import csv
import datetime
import io
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
DEFAULT_EXPORTS = os.path.normpath(os.path.join(ROOT, "..", "shared", "real-exports"))


class Blank(Exception):
    """A value that cannot be computed."""


def div(a, b):
    if a is None or b is None or b == 0:
        raise Blank()
    return a / b


def val(x):
    if x is None:
        raise Blank()
    return x


# ---------------------------------------------------------------- periods

def month_start(d):
    return d.replace(day=1)


def week_start(d):
    return d - datetime.timedelta(days=d.weekday())  # Monday


def next_start(start, gran):
    if gran == "month":
        return (start.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    if gran == "week":
        return start + datetime.timedelta(days=7)
    raise ValueError(gran)


def start_of(d, gran):
    return month_start(d) if gran == "month" else week_start(d)


def period_list(dates, gran):
    first, last = start_of(min(dates), gran), start_of(max(dates), gran)
    out, p = [], first
    while p <= last:
        out.append(p)
        p = next_start(p, gran)
    return out


def partial_periods(dates, gran, last_day=None):
    """The first and last periods, when the data does not reach their first or last day.

    dates: the days the rows are dated by; last_day: the last day the data covers, when a row
    covers more than its own day (GA4's weekly rows); by default the latest of dates.
    """
    periods = period_list(dates, gran)
    last_day = last_day or max(dates)
    out = set()
    if min(dates) > periods[0]:
        out.add(periods[0])
    if last_day < next_start(periods[-1], gran) - datetime.timedelta(days=1):
        out.add(periods[-1])
    return out


# ---------------------------------------------------------------- aggregation helpers

class Grouped:
    """Rows (dicts with a 'date' key) grouped by period."""

    def __init__(self, rows, periods, gran):
        self.periods = periods
        self.by = {p: [] for p in periods}
        for r in rows:
            self.by[start_of(r["date"], gran)].append(r)

    def count(self, keep=lambda r: True):
        return {p: float(sum(1 for r in rs if keep(r))) for p, rs in self.by.items()}

    def total(self, number, keep=lambda r: True, events=True):
        """Sum of number(r) (None when blank) over kept rows; events: 0 for a period without rows."""
        out = {}
        for p, rs in self.by.items():
            xs = [number(r) for r in rs if keep(r)]
            xs = [x for x in xs if x is not None]
            if not rs and not events:
                out[p] = None
            else:
                out[p] = float(sum(xs, Decimal(0)))
        return out

    def maximum(self, number, keep=lambda r: True):
        out = {}
        for p, rs in self.by.items():
            xs = [number(r) for r in rs if keep(r)]
            xs = [x for x in xs if x is not None]
            out[p] = float(max(xs)) if xs else None
        return out

    def mean(self, number, keep=lambda r: True):
        out = {}
        for p, rs in self.by.items():
            xs = [number(r) for r in rs if keep(r)]
            xs = [x for x in xs if x is not None]
            out[p] = float(sum(xs, Decimal(0)) / len(xs)) if xs else None
        return out

    def distinct(self, key, keep=lambda r: True):
        return {p: float(len({key(r) for r in rs if keep(r) and key(r)})) for p, rs in self.by.items()}

    def new_and_returning(self, key, keep=lambda r: True):
        """Distinct keys first seen in the period, and keys of the period seen in an earlier one."""
        seen, new, back = set(), {}, {}
        for p in self.periods:
            here = {key(r) for r in self.by[p] if keep(r) and key(r)}
            new[p] = float(len(here - seen))
            back[p] = float(len(here & seen))
            seen |= here
        return new, back


def number(text):
    """A plain export number: '1,234.50', '12.5%' (-> 0.125), ' --' or '' (-> None)."""
    t = text.strip().replace(",", "")
    if t in ("", "--"):
        return None
    if t.endswith("%"):
        return Decimal(t[:-1]) / 100
    return Decimal(t)


def read_csv(path, delimiter=","):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f, delimiter=delimiter))


def records(header, rows):
    return [dict(zip(header, r)) for r in rows]


class Result:
    """What one template gives: periods, measure and KPI values per period, facts."""

    def __init__(self, name, periods, partial):
        self.name, self.periods, self.partial = name, periods, partial
        self.values = {}          # id -> {period: value or None}
        self.facts = []           # (id, value)

    def put(self, mid, per_period):
        self.values[mid] = per_period

    def kpi(self, kid, fn, prev_ok=False):
        """fn(v, i) -> value, where v(id, i) reads a value of period index i (raising Blank)."""
        def v(mid, i):
            if i < 0:
                raise Blank()
            return val(self.values[mid][self.periods[i]])
        out = {}
        for i, p in enumerate(self.periods):
            try:
                out[p] = float(fn(v, i))
            except Blank:
                out[p] = None
        self.values[kid] = out

    def rows(self):
        for mid, per in self.values.items():
            for p in self.periods:
                yield (self.name, p.isoformat(), mid, per[p])
        for p in sorted(self.partial):
            yield (self.name, p.isoformat(), "_partial", 1.0)
        for fid, x in self.facts:
            yield (self.name, "", fid, float(x))


# ================================================================ the exports

def shopify_orders(folder):
    """orders_export_1.csv: one row per line item; order-level fields on the first line only.

    Kept (the preset's filter): rows whose Financial Status is paid, partially_paid,
    partially_refunded or refunded, which are exactly the first lines of the paid orders.
    Dated by Created at, as written ('2022-04-06 21:52:39 -0400' -> 2022-04-06).
    Hand checks: grep -c '^#' orders_export_1.csv -> 98 line items; awk -F, '$3!=""' (first
    lines) -> 81 orders, 80 paid + 1 partially_refunded (#1009, 10.60 refunded in Aug 2020);
    July 2021: 20 first lines (#1056..#1075) totalling 742.12; Oct 2020: 8 orders, 462.25.
    """
    header, *rows = read_csv(os.path.join(folder, "orders_export_1.csv"))
    rs = records(header, rows)
    for r in rs:
        r["date"] = datetime.date.fromisoformat(r["Created at"][:10])
    paid = {"paid", "partially_paid", "partially_refunded", "refunded"}
    kept = [r for r in rs if r["Financial Status"].strip().lower() in paid]
    dates = [r["date"] for r in kept]
    periods = period_list(dates, "month")
    res = Result("shopify-orders", periods, partial_periods(dates, "month"))
    g = Grouped(kept, periods, "month")
    res.put("orders", g.distinct(lambda r: r["Name"]))
    res.put("revenue", g.total(lambda r: number(r["Total"])))
    res.put("discounts", g.total(lambda r: number(r["Discount Amount"])))
    res.put("refunds", g.total(lambda r: number(r["Refunded Amount"])))
    res.put("refunded_orders", g.count(lambda r: (number(r["Refunded Amount"]) or 0) > 0))
    email = lambda r: r["Email"].strip()
    res.put("customers", g.distinct(email))
    new, back = g.new_and_returning(email)
    res.put("new_customers", new)
    res.put("repeat_customers", back)
    res.kpi("orders_placed", lambda v, i: v("orders", i))
    res.kpi("monthly_revenue", lambda v, i: v("revenue", i))
    res.kpi("average_order_value", lambda v, i: div(v("revenue", i), v("orders", i)))
    res.kpi("customer_count", lambda v, i: v("customers", i))
    res.kpi("new_customer_count", lambda v, i: v("new_customers", i))
    res.kpi("returning_customer_share", lambda v, i: div(v("repeat_customers", i), v("customers", i)))
    res.kpi("refund_rate", lambda v, i: div(v("refunds", i), v("revenue", i)))
    res.facts += [("_rows:shop", len(rs)), ("_counted:shop", len(kept))]
    return res


def etsy_orders(folder):
    """EtsySoldOrders2023.csv: tab-separated, one row per order, Sale Date M/D/YYYY.

    Hand checks: 1605 orders in 2023 (wc -l minus the header); January: awk -F'\\t'
    '$1 ~ /^1\\//' -> 130 orders, Order Total summing to 3340.71; December: 284 orders, 6608.14;
    1535 distinct Buyer values over the year (1479 bought once).
    """
    header, *rows = read_csv(os.path.join(folder, "EtsySoldOrders2023.csv"), delimiter="\t")
    rs = records(header, rows)
    for r in rs:
        m, d, y = (int(x) for x in r["Sale Date"].split("/"))
        r["date"] = datetime.date(y, m, d)
    dates = [r["date"] for r in rs]
    periods = period_list(dates, "month")
    res = Result("etsy-orders", periods, partial_periods(dates, "month"))
    g = Grouped(rs, periods, "month")
    res.put("orders", g.distinct(lambda r: r["Order ID"]))
    res.put("revenue", g.total(lambda r: number(r["Order Total"])))
    res.put("net_revenue", g.total(lambda r: number(r["Order Net"])))
    res.put("items_sold", g.total(lambda r: number(r["Number of Items"])))
    res.put("discounts", g.total(lambda r: number(r["Discount Amount"])))
    res.put("fees", g.total(lambda r: number(r["Card Processing Fees"])))
    res.put("order_value", g.total(lambda r: number(r["Order Value"])))  # the template's own measure
    buyer = lambda r: r["Buyer"].strip()
    res.put("customers", g.distinct(buyer))
    new, back = g.new_and_returning(buyer)
    res.put("new_customers", new)
    res.put("repeat_customers", back)
    res.kpi("orders_placed", lambda v, i: v("orders", i))
    res.kpi("monthly_revenue", lambda v, i: v("revenue", i))
    res.kpi("average_order_value", lambda v, i: div(v("revenue", i), v("orders", i)))
    res.kpi("items_per_order", lambda v, i: div(v("items_sold", i), v("orders", i)))
    res.kpi("returning_buyer_share", lambda v, i: div(v("repeat_customers", i), v("customers", i)))
    res.kpi("fee_rate", lambda v, i: div(v("fees", i), v("revenue", i)))
    res.kpi("discount_rate", lambda v, i: div(v("discounts", i), v("order_value", i)))
    res.facts += [("_rows:orders", len(rs)), ("_counted:orders", len(rs))]
    return res


STRIPE_PAID = {"paid", "succeeded", "refunded", "partially refunded", "disputed"}
STRIPE_FAILED = {"failed", "blocked"}


def stripe_payments(folder):
    """unified_payments.csv: one row per charge; Status Paid, Failed, Refunded (and one 'succeeded').

    Revenue and refunds read Amount and Amount Refunded (the template's override: every charge is
    in usd, and the one 'succeeded' row has no Converted Amount).
    Hand checks: grep -c ',Paid,' -> 226 (225 + the one Paid row with 3.60 refunded), ',Failed,'
    -> 61, ',Refunded,' -> 28, plus 1 'succeeded' = 316 rows. Per month, with
    grep '^[^,]*,2025-06' | grep -c ',Paid,' and awk -F, '{s+=$3}' over the Paid and Refunded rows:
    May 2025: 17 paid + 2 refunded, 8 failed, revenue 304, refunds 16;
    June 2025: 36 paid + 11 refunded, 8 failed, revenue 964, refunds 120;
    December 2025: 10 paid + 1 refunded, 17 failed (two customers' card retries), revenue 88;
    March 2026: 9 paid, 9 failed, revenue 9 x 8.00 = 72.
    """
    header, *rows = read_csv(os.path.join(folder, "unified_payments.csv"))
    rs = records(header, rows)
    for r in rs:
        r["date"] = datetime.date.fromisoformat(r["Created date (UTC)"][:10])
        r["status"] = r["Status"].strip().lower()
    dates = [r["date"] for r in rs]
    periods = period_list(dates, "month")
    res = Result("stripe-payments", periods, partial_periods(dates, "month"))
    g = Grouped(rs, periods, "month")
    ok = lambda r: r["status"] in STRIPE_PAID
    failed = lambda r: r["status"] in STRIPE_FAILED
    res.put("payment_attempts", g.count(lambda r: ok(r) or failed(r)))
    res.put("payments_successful", g.count(ok))
    res.put("payments_failed", g.count(failed))
    res.put("revenue", g.total(lambda r: number(r["Amount"]), ok))
    res.put("refunds", g.total(lambda r: number(r["Amount Refunded"]), ok))
    res.put("refunded_payments", g.count(lambda r: (number(r["Amount Refunded"]) or 0) > 0))
    res.put("fees", g.total(lambda r: number(r["Fee"]), ok))
    cust = lambda r: r["Customer ID"].strip()
    res.put("customers", g.distinct(cust, ok))
    new, back = g.new_and_returning(cust, ok)
    res.put("new_customers", new)
    res.put("repeat_customers", back)
    res.kpi("payments_made", lambda v, i: v("payments_successful", i))
    res.kpi("payment_success_rate", lambda v, i: div(v("payments_successful", i), v("payment_attempts", i)))
    res.kpi("failed_payment_count", lambda v, i: v("payments_failed", i))
    res.kpi("monthly_revenue", lambda v, i: v("revenue", i))
    res.kpi("refunded_amount", lambda v, i: v("refunds", i))
    res.kpi("net_revenue", lambda v, i: v("revenue", i) - v("refunds", i))
    res.kpi("refund_rate", lambda v, i: div(v("refunds", i), v("revenue", i)))
    res.kpi("paying_customers", lambda v, i: v("customers", i))
    res.kpi("new_paying_customers", lambda v, i: v("new_customers", i))
    res.kpi("revenue_per_customer", lambda v, i: div(v("revenue", i), v("customers", i)))
    res.facts += [("_rows:payments", len(rs)), ("_counted:payments", len(rs))]
    return res


GA4_CHANNEL = "Session primary channel group (Default channel group)"


def ga4_channel_hourly(folder):
    """data-export.csv: one '#----,,,' line, then channel x 'Date + hour (YYYYMMDDHH)' rows.

    Weekly periods (Monday to Sunday): 2024-04-06 (a Saturday) to 2024-05-03 (a Friday), so the
    first week (Apr 6-7) and the last (Apr 29-May 3) are partial.
    Hand checks: 3182 data rows; sessions per day with awk -F, '$2 ~ /^20240417/ {s+=$4}'
    (2024-04-17: 7659); week of Apr 8-14: 5649+5572+5866+5609+6303+5321+5502 = 39822 sessions;
    first week (Apr 6-7): 4763 + 5180 = 9943.
    """
    lines = read_csv(os.path.join(folder, "data-export.csv"))
    body = [l for l in lines if l and not l[0].startswith("#")]
    header, *rows = body
    rs = records(header, rows)
    for r in rs:
        t = r["Date + hour (YYYYMMDDHH)"]
        r["date"] = datetime.date(int(t[0:4]), int(t[4:6]), int(t[6:8]))
    dates = [r["date"] for r in rs]
    periods = period_list(dates, "week")
    res = Result("ga4-channel-hourly", periods, partial_periods(dates, "week"))
    g = Grouped(rs, periods, "week")
    tot = lambda col, keep=lambda r: True: g.total(lambda r: number(r[col]), keep, events=False)
    res.put("sessions", tot("Sessions"))
    res.put("engaged_sessions", tot("Engaged sessions"))
    res.put("events", tot("Event count"))
    channel = lambda name: (lambda r: r[GA4_CHANNEL].strip().lower() == name)
    res.put("organic_search_sessions", tot("Sessions", channel("organic search")))
    res.put("organic_social_sessions", tot("Sessions", channel("organic social")))
    res.put("direct_sessions", tot("Sessions", channel("direct")))
    res.kpi("weekly_sessions", lambda v, i: v("sessions", i))
    res.kpi("organic_search_share", lambda v, i: div(v("organic_search_sessions", i), v("sessions", i)))
    res.kpi("organic_social_share", lambda v, i: div(v("organic_social_sessions", i), v("sessions", i)))
    res.kpi("engagement_rate", lambda v, i: div(v("engaged_sessions", i), v("sessions", i)))
    res.kpi("events_per_session", lambda v, i: div(v("events", i), v("sessions", i)))
    res.facts += [("_rows:traffic", len(rs)), ("_counted:traffic", len(rs))]
    return res


def ga4_tables(path):
    """The stacked tables of a GA4 snapshot: [(start, end, header, rows)], split at blank lines."""
    out, start, end, table = [], None, None, None
    for cells in read_csv(path):
        if not cells or all(not c.strip() for c in cells):
            table = None
            continue
        first = cells[0].strip()
        if first.startswith("#"):
            table = None
            if first.startswith("# Start date:"):
                start = datetime.datetime.strptime(first.split(":", 1)[1].strip(), "%Y%m%d").date()
            if first.startswith("# End date:"):
                end = datetime.datetime.strptime(first.split(":", 1)[1].strip(), "%Y%m%d").date()
            continue
        if table is None:
            table = (start, end, cells, [])
            out.append(table)
        else:
            table[3].append(cells)
    return out


def ga4_snapshot(folder):
    """Reports_snapshot.csv: '#' preamble, then tables separated by blank lines, each under its
    own '# Start date: 20250101' line. Three of them are read: Nth week x Active users, x New
    users, x Average engagement time per active user; week n is dated Start date + 7n days
    (a Wednesday, 2025-01-01 + 7n), which falls in the Monday-to-Sunday week of the period.
    53 weeks (0000..0052): 2025-W01 (starting Monday 2024-12-30) to 2026-W01 (starting Monday
    2025-12-29); the first and last are partial (the rows are dated Jan 1 and Dec 31).
    Hand checks: sed -n 10,62p -> 53 rows of Active users, 0000,13 ... 0052,54; week 0052 of New
    users is 9.333333333333334 (GA4 writes a fraction); week 0047: 267 active users, the most.
    """
    tables = ga4_tables(os.path.join(folder, "Reports_snapshot.csv"))

    def table(*columns):
        for start, end, header, rows in tables:
            if [h.strip() for h in header] == list(columns):
                return start, end, records(header, rows)
        raise SystemExit("ga4-snapshot: no table headed " + ",".join(columns))

    sources = {
        "weekly_users": table("Nth week", "Active users"),
        "new_users": table("Nth week", "New users"),
        "engagement": table("Nth week", "Average engagement time per active user"),
    }
    covered = []
    for start, end, rs in sources.values():
        for r in rs:
            r["date"] = start + datetime.timedelta(days=7 * int(r["Nth week"]))
            covered.append(min(r["date"] + datetime.timedelta(days=6), end))
    dates = [r["date"] for _, _, rs in sources.values() for r in rs]
    periods = period_list(dates, "week")
    res = Result("ga4-snapshot", periods, partial_periods(dates, "week", max(covered)))
    gw = Grouped(sources["weekly_users"][2], periods, "week")
    gn = Grouped(sources["new_users"][2], periods, "week")
    ge = Grouped(sources["engagement"][2], periods, "week")
    res.put("visitors", gw.maximum(lambda r: number(r["Active users"])))
    res.put("new_users", gn.total(lambda r: number(r["New users"]), events=False))
    res.put("engagement_time", ge.mean(lambda r: number(r["Average engagement time per active user"])))
    res.kpi("weekly_active_users", lambda v, i: v("visitors", i))
    res.kpi("new_user_count", lambda v, i: v("new_users", i))
    res.kpi("returning_user_share", lambda v, i: 1 - div(v("new_users", i), v("visitors", i)))
    res.kpi("engagement_time_per_user", lambda v, i: v("engagement_time", i))
    for name, (_, _, rs) in sources.items():
        res.facts += [("_rows:" + name, len(rs)), ("_counted:" + name, len(rs))]
    return res


def google_ads_campaigns(folder):
    """Campaign report.csv: two title lines ('Campaign report', 'All time'), the header, one row
    per campaign, then 'Total: ...' summary rows. Numbers as '"795,836"', ' --' for none.
    No date: the template puts the whole report in January 2026 (the month the file was
    published), so there is one period and it is not partial.
    Hand checks: 12 campaigns, 5 Total rows; the campaigns' impressions add up to 14,117,313,
    clicks to 167,739, cost to 199,421.15 and conversions to 18,703.32: exactly the
    'Total: Campaigns' row (asserted below; 'Total: Account' is a little higher, 14,122,564
    impressions, activity outside the listed campaigns). CTR 167739 / 14117313 = 1.19 %, as the report's CPC 1.19 and
    conversion rate 6.60 % (18703.32 / 283527 interactions) agree.
    """
    lines = read_csv(os.path.join(folder, "Campaign report.csv"))
    at = next(i for i, l in enumerate(lines) if "Impr." in [c.strip() for c in l])
    header = [c.strip() for c in lines[at]]
    body = [l for l in lines[at + 1:] if l and any(c.strip() for c in l)]
    summary = [l for l in body if l[0].strip().startswith("Total:")]
    campaigns = records(header, [l for l in body if not l[0].strip().startswith("Total:")])
    period = datetime.date(2026, 1, 1)
    for r in campaigns:
        r["date"] = period
    res = Result("google-ads-campaigns", [period], set())
    g = Grouped(campaigns, [period], "month")
    for mid, col in [("impressions", "Impr."), ("clicks", "Clicks"), ("interactions", "Interactions"),
                     ("cost", "Cost"), ("conversions", "Conversions")]:
        res.put(mid, g.total(lambda r, col=col: number(r[col]), events=False))
    check = records(header, [l for l in summary if l[0].strip() == "Total: Campaigns"])[0]
    for mid, col in [("impressions", "Impr."), ("clicks", "Clicks"), ("cost", "Cost"), ("conversions", "Conversions")]:
        assert res.values[mid][period] == float(number(check[col])), (mid, res.values[mid][period], check[col])
    res.kpi("ad_impressions", lambda v, i: v("impressions", i))
    res.kpi("ad_clicks", lambda v, i: v("clicks", i))
    res.kpi("click_through_rate", lambda v, i: div(v("clicks", i), v("impressions", i)))
    res.kpi("ad_cost", lambda v, i: v("cost", i))
    res.kpi("cost_per_click", lambda v, i: div(v("cost", i), v("clicks", i)))
    res.kpi("conversion_count", lambda v, i: v("conversions", i))
    res.kpi("conversion_rate", lambda v, i: div(v("conversions", i), v("interactions", i)))
    res.kpi("cost_per_conversion", lambda v, i: div(v("cost", i), v("conversions", i)))
    res.facts += [("_rows:ads", len(campaigns)), ("_counted:ads", len(campaigns)), ("_summary:ads", len(summary))]
    return res


def gsc_performance(folder):
    """Dates.csv: Date,Clics,Impressions,CTR,Position (French UI), one row per day, newest first.

    Weekly periods: 2024-11-06 (a Wednesday) to 2025-02-05 (a Wednesday): the first week
    (Nov 6-10) and the last (Feb 3-5) are partial. Position is the mean of the days' positions.
    Hand checks: 92 days (no line end after the last one); week of Feb 3-5: clicks
    6973 + 7479 + 6443 = 20895, impressions 406310 + 364427 + 371375 = 1142112, position
    (23.84 + 21.81 + 23.8) / 3 = 23.15.
    """
    header, *rows = read_csv(os.path.join(folder, "Dates.csv"))
    rs = records(header, rows)
    for r in rs:
        r["date"] = datetime.date.fromisoformat(r["Date"])
    dates = [r["date"] for r in rs]
    periods = period_list(dates, "week")
    res = Result("gsc-performance", periods, partial_periods(dates, "week"))
    g = Grouped(rs, periods, "week")
    res.put("clicks", g.total(lambda r: number(r["Clics"]), events=False))
    res.put("impressions", g.total(lambda r: number(r["Impressions"]), events=False))
    res.put("position", g.mean(lambda r: number(r["Position"])))
    res.kpi("weekly_clicks", lambda v, i: v("clicks", i))
    res.kpi("weekly_impressions", lambda v, i: v("impressions", i))
    res.kpi("click_through_rate", lambda v, i: div(v("clicks", i), v("impressions", i)))
    res.kpi("average_position", lambda v, i: v("position", i))
    res.facts += [("_rows:search", len(rs)), ("_counted:search", len(rs))]
    return res


def mailchimp_campaigns(folder):
    """campaigns.csv: one row per sent campaign, Send Date 'Jun 01, 2023 09:46 pm'.

    The template leaves out test sends (Subject starting with TEST: two on 2025-02-12, 3
    recipients each). Months Jun 2023 .. Feb 2025; January 2024 has no campaign (0 sent, the
    audience blank). Neither end is partial: the first send is on June 1st, the last on Feb 28.
    Hand checks: 43 campaigns, 41 after the filter (grep -c TEST -> 2); February 2025: 4 sends
    kept (Feb 1: 2407; Feb 12: 2404 and the FIXED resend 2402; Feb 28: 2396) -> 9609 emails,
    audience 2407; July 2024: 4 sends, 532 + 662 + 734 + 8 = 1936 emails, audience 734.
    """
    header, *rows = read_csv(os.path.join(folder, "campaigns.csv"))
    rs = records(header, rows)
    for r in rs:
        r["date"] = datetime.datetime.strptime(r["Send Date"].strip(), "%b %d, %Y %I:%M %p").date()
    kept = [r for r in rs if not r["Subject"].strip().lower().startswith("test")]
    dates = [r["date"] for r in kept]
    periods = period_list(dates, "month")
    res = Result("mailchimp-campaigns", periods, partial_periods(dates, "month"))
    g = Grouped(kept, periods, "month")
    res.put("campaigns", g.count())
    res.put("emails_sent", g.total(lambda r: number(r["Total Recipients"])))
    res.put("audience", g.maximum(lambda r: number(r["Total Recipients"])))
    res.kpi("campaigns_sent", lambda v, i: v("campaigns", i))
    res.kpi("emails_delivered", lambda v, i: v("emails_sent", i))
    res.kpi("audience_reached", lambda v, i: v("audience", i))
    res.kpi("audience_growth", lambda v, i: div(v("audience", i), v("audience", i - 1)) - 1)
    res.facts += [("_rows:email", len(rs)), ("_counted:email", len(kept))]
    return res


def youtube_chart(folder):
    """Chart data.csv: one row per day per video (Date, Content, ..., Views), 2025-06-13 to
    2026-06-12: the first and last months are partial.
    Hand checks: 1825 rows = 365 days x 5 videos; August 2025: 35016 views over 31 days;
    October 2025: 837 views; November 2025: 16.
    """
    header, *rows = read_csv(os.path.join(folder, "Chart data.csv"))
    rs = records(header, rows)
    for r in rs:
        r["date"] = datetime.date.fromisoformat(r["Date"])
    dates = [r["date"] for r in rs]
    periods = period_list(dates, "month")
    res = Result("youtube-chart", periods, partial_periods(dates, "month"))
    g = Grouped(rs, periods, "month")
    res.put("views", g.total(lambda r: number(r["Views"]), events=False))
    res.put("days", g.distinct(lambda r: r["Date"].strip()))
    res.put("active_videos", g.distinct(lambda r: r["Content"].strip(), lambda r: (number(r["Views"]) or 0) > 0))
    res.kpi("monthly_views", lambda v, i: v("views", i))
    res.kpi("daily_views", lambda v, i: div(v("views", i), v("days", i)))
    res.kpi("active_video_count", lambda v, i: v("active_videos", i))
    res.kpi("views_per_active_video", lambda v, i: div(v("views", i), v("active_videos", i)))
    res.facts += [("_rows:channel", len(rs)), ("_counted:channel", len(rs))]
    return res


EXPORTS = {
    "etsy-orders": etsy_orders,
    "ga4-channel-hourly": ga4_channel_hourly,
    "ga4-snapshot": ga4_snapshot,
    "google-ads-campaigns": google_ads_campaigns,
    "gsc-performance": gsc_performance,
    "mailchimp-campaigns": mailchimp_campaigns,
    "shopify-orders": shopify_orders,
    "stripe-payments": stripe_payments,
    "youtube-chart": youtube_chart,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exports", default=DEFAULT_EXPORTS, help="the real-exports folder")
    ap.add_argument("--only", help="one export folder")
    args = ap.parse_args()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["template", "period", "id", "value"])
    for folder, read in EXPORTS.items():
        if args.only and folder != args.only:
            continue
        path = os.path.join(args.exports, folder)
        if not os.path.isdir(path):
            print("real_exports.py: %s not found, left out" % path, file=sys.stderr)
            continue
        for name, period, mid, value in read(path).rows():
            out.writerow([name, period, mid, "" if value is None else repr(value)])


if __name__ == "__main__":
    main()
