"""Sample data for the six library journeys (b2b-pipeline, mobile-app, marketplace,
subscription-box, customer-support, agency); generate_samples.py writes them.

Same rules as the two first samples: 24 months (2024-01 to 2025-12), a fixed seed per journey,
trends and seasonality, volumes that narrow along the funnel, and one stage that goes off
target in the last months (the story is in each function's docstring). Each journey has a
check_* function that asserts its invariants before anything is written.
"""

import calendar
import random

PERIODS = [(y, m) for y in (2024, 2025) for m in range(1, 13)]


def period_label(year, month):
    return "%04d-%02d" % (year, month)


def money(x):
    return round(x, 2)


def strictly_narrowing(r, keys):
    return all(r[a] > r[b] for a, b in zip(keys, keys[1:])) and r[keys[-1]] > 0


# --------------------------------------------------------------------------- B2B pipeline

B2B_MEASURES = [
    "leads", "mqls", "sqls", "first_response_hours", "opportunities", "open_pipeline", "quota",
    "deals_won", "deals_lost", "new_bookings", "total_cycle_days", "marketing_spend",
    "sales_spend", "customers", "customers_lost",
]
B2B_CURRENCY = {"open_pipeline", "quota", "new_bookings", "marketing_spend", "sales_spend"}

# B2B buying: quiet August and December, busy January and autumn.
B2B_SEASON = {1: 1.08, 2: 1.02, 3: 1.04, 4: 1.00, 5: 0.99, 6: 0.96,
              7: 0.92, 8: 0.86, 9: 1.05, 10: 1.06, 11: 1.02, 12: 0.88}
B2B_COMPETITOR_START = 18   # July 2025


def b2b_rows(rng):
    """Steady lead growth. From July 2025 a low-priced competitor enters: the win rate falls
    from about 26 % to 17 %, deals take weeks longer and are discounted, so the Close stage is
    off track at the end of 2025 (CAC creeps up in Grow; the earlier stages stay on target)."""
    def jitter(sd):
        return rng.gauss(0.0, sd)

    rows = []
    customers = 850
    for i, (year, month) in enumerate(PERIODS):
        k = max(0, i - B2B_COMPETITOR_START + 1)   # 0 before July 2025, then 1..6
        leads = round(900 * 1.01 ** i * B2B_SEASON[month] * (1 + jitter(0.04)))
        mqls = round(leads * (0.31 + jitter(0.01)))
        sqls = round(mqls * (0.36 + jitter(0.015)))
        first_response_hours = round(sqls * (20 + jitter(1.5)))
        opportunities = round(sqls * (0.57 + jitter(0.02)))
        decided = round(opportunities * (0.95 + jitter(0.03)))
        deals_won = max(3, round(decided * (0.262 + jitter(0.012) - 0.015 * k)))
        deals_lost = decided - deals_won
        deal_size = 30500 * 1.003 ** i * (1 - 0.013 * k) * (1 + jitter(0.05))
        new_bookings = money(deals_won * deal_size)
        total_cycle_days = round(deals_won * (72 + jitter(3) + 3.5 * k))
        quota = money(round(420000 * 1.01 ** i, -3))
        open_pipeline = money(opportunities * 36000 * (2.2 + 0.05 * k) * (1 + jitter(0.03)))
        marketing_spend = money(leads * (185 + jitter(6)))
        sales_spend = money(95000 * 1.005 ** i * (1 + jitter(0.02)))
        customers_lost = round(customers * (0.0085 + jitter(0.0012)))
        customers = customers + deals_won - customers_lost
        rows.append({
            "period": period_label(year, month), "leads": leads, "mqls": mqls, "sqls": sqls,
            "first_response_hours": first_response_hours, "opportunities": opportunities,
            "open_pipeline": open_pipeline, "quota": quota, "deals_won": deals_won,
            "deals_lost": deals_lost, "new_bookings": new_bookings,
            "total_cycle_days": total_cycle_days, "marketing_spend": marketing_spend,
            "sales_spend": sales_spend, "customers": customers, "customers_lost": customers_lost,
        })
    return rows


def check_b2b(rows):
    prev = None
    for r in rows:
        p = r["period"]
        assert strictly_narrowing(r, ["leads", "mqls", "sqls", "opportunities", "deals_won"]), p
        assert r["deals_won"] + r["deals_lost"] <= r["opportunities"] * 1.1 and r["deals_lost"] > 0, p
        assert 0 < r["customers_lost"] < r["customers"], p
        if prev is not None:
            assert r["customers"] == prev["customers"] + r["deals_won"] - r["customers_lost"], p
        prev = r


# --------------------------------------------------------------------------- mobile app

MOBILE_MEASURES = [
    "days", "store_page_views", "installs", "ua_spend", "onboarded", "d1_retained",
    "d7_retained", "d30_retained", "dau", "mau", "sessions", "crashed_sessions", "ratings",
    "rating_stars", "low_ratings", "payers", "iap_revenue",
]
MOBILE_CURRENCY = {"ua_spend", "iap_revenue"}

# A fitness app: New Year's resolutions in January, a quieter summer and Christmas.
MOBILE_SEASON = {1: 1.35, 2: 1.10, 3: 1.02, 4: 0.97, 5: 1.00, 6: 0.95,
                 7: 0.90, 8: 0.90, 9: 1.00, 10: 0.96, 11: 0.92, 12: 0.88}
# Release 5.0 (September 2025) crashes on many Android phones; fixes ship slowly.
# Period -> (crash rate, share of one- and two-star ratings).
MOBILE_RELEASE = {
    (2025, 9): (0.0105, 0.20),
    (2025, 10): (0.0160, 0.29),
    (2025, 11): (0.0135, 0.26),
    (2025, 12): (0.0120, 0.23),
}


def mobile_rows(rng):
    """Growing installs with a January peak. Release 5.0 in September 2025 makes the app crash
    for many Android users: crash-free sessions fall below 99 %, one- and two-star ratings
    pile up and the store rating drops under 4, so the Experience stage is off track at the
    end of 2025; retention dips a little, the other stages stay on or near target."""
    def jitter(sd):
        return rng.gauss(0.0, sd)

    rows = []
    for i, (year, month) in enumerate(PERIODS):
        crash, low_share = MOBILE_RELEASE.get((year, month),
                                              (0.0032 + jitter(0.0003), 0.06 + jitter(0.005)))
        bug = 1 if (year, month) in MOBILE_RELEASE else 0
        days = calendar.monthrange(year, month)[1]
        store_page_views = round(190000 * 1.015 ** i * MOBILE_SEASON[month] * (1 + jitter(0.03)))
        installs = round(store_page_views * (0.31 + jitter(0.01)))
        ua_spend = money(installs * (2.3 + jitter(0.08)))
        onboarded = round(installs * (0.66 + 0.001 * i + jitter(0.01)))
        d1_retained = round(installs * (0.315 + jitter(0.008) - 0.012 * bug))
        d7_retained = round(installs * (0.140 + jitter(0.005) - 0.006 * bug))
        d30_retained = round(installs * (0.064 + jitter(0.003) - 0.003 * bug))
        mau = round(210000 * 1.012 ** i * MOBILE_SEASON[month] ** 0.5 * (1 + jitter(0.015)))
        dau = round(mau * (0.21 + jitter(0.006) - 0.006 * bug))
        sessions = round(dau * days * (1.65 + jitter(0.04)))
        crashed_sessions = round(sessions * crash)
        ratings = round(mau * (0.004 + jitter(0.0003)))
        low_ratings = round(ratings * low_share)
        rating_stars = round(low_ratings * (1.4 + jitter(0.05))
                             + (ratings - low_ratings) * (4.78 + jitter(0.02)))
        payers = round(mau * (0.031 + 0.0002 * i + jitter(0.001)))
        iap_revenue = money(payers * (11.5 + jitter(0.3)))
        rows.append({
            "period": period_label(year, month), "days": days,
            "store_page_views": store_page_views, "installs": installs, "ua_spend": ua_spend,
            "onboarded": onboarded, "d1_retained": d1_retained, "d7_retained": d7_retained,
            "d30_retained": d30_retained, "dau": dau, "mau": mau, "sessions": sessions,
            "crashed_sessions": crashed_sessions, "ratings": ratings,
            "rating_stars": rating_stars, "low_ratings": low_ratings, "payers": payers,
            "iap_revenue": iap_revenue,
        })
    return rows


def check_mobile(rows):
    for r in rows:
        p = r["period"]
        assert strictly_narrowing(r, ["store_page_views", "installs", "onboarded", "d1_retained",
                                      "d7_retained", "d30_retained"]), p
        assert r["mau"] > r["dau"] > r["payers"] > 0, p
        assert 0 < r["crashed_sessions"] < r["sessions"], p
        assert 0 < r["low_ratings"] < r["ratings"] <= r["rating_stars"] <= 5 * r["ratings"], p


# --------------------------------------------------------------------------- marketplace

MARKETPLACE_MEASURES = [
    "new_sellers", "sellers_listed", "active_sellers", "sellers_lost", "active_listings",
    "listings_sold", "visitors", "searchers", "contacts", "orders", "buyers", "repeat_buyers",
    "gmv", "net_revenue", "orders_on_time", "delivery_days", "disputes", "reviews",
    "review_stars",
]
MARKETPLACE_CURRENCY = {"gmv", "net_revenue"}

# Handmade goods and gifts: holiday peak in November/December, quiet January/February.
MARKETPLACE_SEASON = {1: 0.88, 2: 0.90, 3: 0.96, 4: 0.97, 5: 1.02, 6: 0.96,
                      7: 0.93, 8: 0.94, 9: 0.99, 10: 1.05, 11: 1.30, 12: 1.42}
# The main parcel carrier's capacity problem from August 2025.
# Period -> (on-time share, extra delivery days, extra dispute share).
MARKETPLACE_CARRIER = {
    (2025, 8): (0.900, 0.5, 0.003),
    (2025, 9): (0.850, 1.2, 0.006),
    (2025, 10): (0.810, 1.8, 0.010),
    (2025, 11): (0.780, 2.4, 0.013),
    (2025, 12): (0.800, 2.2, 0.012),
}


def marketplace_rows(rng):
    """Both sides grow, with a holiday peak. From August 2025 the main parcel carrier runs out
    of capacity: on-time delivery falls to about 80 %, deliveries take two days longer and
    disputes double, so the Delivery stage is off track at the end of 2025; reviews dip a
    little, supply, discovery and transactions stay on or near target."""
    def jitter(sd):
        return rng.gauss(0.0, sd)

    rows = []
    active_sellers = 24000
    for i, (year, month) in enumerate(PERIODS):
        k = 1 if (year, month) in MARKETPLACE_CARRIER else 0
        on_time, extra_days, extra_disputes = MARKETPLACE_CARRIER.get(
            (year, month), (0.945 + jitter(0.006), 0.0, 0.0))
        new_sellers = round(1150 * 1.01 ** i * (1 + jitter(0.05)))
        sellers_listed = round(new_sellers * (0.62 + jitter(0.02)))
        sellers_lost = round(active_sellers * (0.027 + jitter(0.002)))
        active_sellers = active_sellers + sellers_listed - sellers_lost
        active_listings = round(active_sellers * (18 + 0.1 * i + jitter(0.3)))
        visitors = round(430000 * 1.01 ** i * MARKETPLACE_SEASON[month] * (1 + jitter(0.02)))
        searchers = round(visitors * (0.62 + jitter(0.01)))
        contacts = round(searchers * (0.125 + jitter(0.003)))
        orders = round(contacts * (0.36 + jitter(0.008)))
        buyers = round(orders / (1.22 + jitter(0.02)))
        repeat_buyers = round(buyers * (0.39 + 0.001 * i + jitter(0.008)))
        gmv = money(orders * (118 + 0.3 * i + jitter(2)))
        net_revenue = money(gmv * (0.112 + jitter(0.002)))
        listings_sold = round(orders * (1.15 + jitter(0.02)))
        orders_on_time = round(orders * on_time)
        delivery_days = round(orders * (3.6 + jitter(0.1) + extra_days))
        disputes = round(orders * (0.008 + jitter(0.0006) + extra_disputes))
        reviews = round(orders * (0.30 + jitter(0.01)))
        review_stars = round(reviews * (4.76 + jitter(0.02) - 0.12 * k))
        rows.append({
            "period": period_label(year, month), "new_sellers": new_sellers,
            "sellers_listed": sellers_listed, "active_sellers": active_sellers,
            "sellers_lost": sellers_lost, "active_listings": active_listings,
            "listings_sold": listings_sold, "visitors": visitors, "searchers": searchers,
            "contacts": contacts, "orders": orders, "buyers": buyers,
            "repeat_buyers": repeat_buyers, "gmv": gmv, "net_revenue": net_revenue,
            "orders_on_time": orders_on_time, "delivery_days": delivery_days,
            "disputes": disputes, "reviews": reviews, "review_stars": review_stars,
        })
    return rows


def check_marketplace(rows):
    prev = None
    for r in rows:
        p = r["period"]
        assert strictly_narrowing(r, ["visitors", "searchers", "contacts", "orders", "buyers",
                                      "repeat_buyers"]), p
        assert r["new_sellers"] > r["sellers_listed"] > 0, p
        assert 0 < r["sellers_lost"] < r["active_sellers"] < r["active_listings"], p
        assert r["listings_sold"] < r["active_listings"], p
        assert r["net_revenue"] < r["gmv"], p
        assert 0 < r["disputes"] < r["orders_on_time"] < r["orders"] and r["reviews"] < r["orders"], p
        assert r["reviews"] <= r["review_stars"] <= 5 * r["reviews"], p
        if prev is not None:
            assert r["active_sellers"] == prev["active_sellers"] + r["sellers_listed"] \
                - r["sellers_lost"], p
        prev = r


# --------------------------------------------------------------------------- subscription box

BOX_MEASURES = [
    "visitors", "email_signups", "trials_started", "trials_converted", "new_subscribers",
    "marketing_spend", "active_subscribers", "cancellations", "boxes_shipped",
    "boxes_skipped", "boxes_on_time", "complaints", "box_revenue", "nps_responses",
    "promoters", "detractors", "referred_subscribers",
]
BOX_CURRENCY = {"marketing_spend", "box_revenue"}

# Snack boxes are gifts: November/December peak, a January resolution bump, a summer lull.
BOX_SEASON = {1: 1.10, 2: 0.95, 3: 0.97, 4: 0.96, 5: 0.98, 6: 0.92,
              7: 0.88, 8: 0.90, 9: 0.98, 10: 1.02, 11: 1.22, 12: 1.32}
BOX_PRICE_RISE_START = 19   # August 2025: the box goes from $34.90 to $39.90
# Months since the rise (1..5) -> (extra churn, extra skip share).
BOX_PRICE_REACTION = {1: (0.030, 0.040), 2: (0.048, 0.068), 3: (0.058, 0.088),
                      4: (0.064, 0.098), 5: (0.060, 0.092)}


def box_rows(rng):
    """Visitors and subscribers grow, with a gift season. In August 2025 the box price rises
    from $34.90 to $39.90: box value goes up, but cancellations climb from about 9 % to 15 % a
    month and many more boxes are skipped, so the Renew stage (churn, skips, lifetime value
    and LTV/CAC) is off track at the end of 2025; the other stages stay on or near target."""
    def jitter(sd):
        return rng.gauss(0.0, sd)

    rows = []
    active = 8200
    for i, (year, month) in enumerate(PERIODS):
        k = max(0, i - BOX_PRICE_RISE_START + 1)
        extra_churn, extra_skip = BOX_PRICE_REACTION.get(k, (0.0, 0.0))
        price = 39.90 if k else 34.90
        visitors = round(58000 * 1.012 ** i * BOX_SEASON[month] * (1 + jitter(0.03)))
        email_signups = round(visitors * (0.052 + jitter(0.002)))
        trials_started = round(email_signups * (0.40 + jitter(0.015)))
        trials_converted = round(trials_started * (0.52 + jitter(0.015) - 0.004 * k))
        direct = round(visitors * (0.0052 + jitter(0.0003)))
        new_subscribers = trials_converted + direct
        marketing_spend = money(new_subscribers * (46 + jitter(1.5)))
        referred_subscribers = round(new_subscribers * (0.155 + jitter(0.008)))
        cancellations = round(active * (0.092 + jitter(0.004) + extra_churn))
        active = active + new_subscribers - cancellations
        boxes_skipped = round(active * (0.085 + jitter(0.004) + extra_skip))
        boxes_shipped = active - boxes_skipped
        # discount codes take about 5 % off; add-ons bring about $1.50 a box
        box_revenue = money(boxes_shipped * (price * (0.95 + jitter(0.004)) + 1.5 + jitter(0.1)))
        boxes_on_time = round(boxes_shipped * (0.965 + jitter(0.005)))
        complaints = round(boxes_shipped * (0.016 + jitter(0.0015)))
        nps_responses = round(active * (0.05 + jitter(0.004)))
        promoters = round(nps_responses * (0.55 + jitter(0.015) - 0.004 * k))
        detractors = round(nps_responses * (0.13 + jitter(0.01) + 0.005 * k))
        rows.append({
            "period": period_label(year, month), "visitors": visitors,
            "email_signups": email_signups, "trials_started": trials_started,
            "trials_converted": trials_converted, "new_subscribers": new_subscribers,
            "marketing_spend": marketing_spend, "active_subscribers": active,
            "cancellations": cancellations, "boxes_shipped": boxes_shipped,
            "boxes_skipped": boxes_skipped, "boxes_on_time": boxes_on_time,
            "complaints": complaints, "box_revenue": box_revenue,
            "nps_responses": nps_responses, "promoters": promoters, "detractors": detractors,
            "referred_subscribers": referred_subscribers,
        })
    return rows


def check_box(rows):
    prev = None
    for r in rows:
        p = r["period"]
        assert strictly_narrowing(r, ["visitors", "email_signups", "trials_started",
                                      "trials_converted", "referred_subscribers"]), p
        assert r["trials_converted"] < r["new_subscribers"] < r["email_signups"], p
        assert 0 < r["cancellations"] < r["active_subscribers"], p
        assert r["boxes_shipped"] + r["boxes_skipped"] == r["active_subscribers"], p
        assert 0 < r["complaints"] < r["boxes_on_time"] < r["boxes_shipped"], p
        assert r["promoters"] + r["detractors"] <= r["nps_responses"], p
        if prev is not None:
            assert r["active_subscribers"] == prev["active_subscribers"] \
                + r["new_subscribers"] - r["cancellations"], p
        prev = r


# --------------------------------------------------------------------------- customer support

SUPPORT_MEASURES = [
    "customers", "help_center_visitors", "self_service_resolved", "tickets_created",
    "first_response_hours", "calls_offered", "calls_abandoned", "calls_in_sla",
    "tickets_solved", "resolution_hours", "solved_first_contact", "escalated", "reopened",
    "open_tickets", "csat_responses", "csat_satisfied", "ces_responses", "ces_points",
    "nps_responses", "promoters", "detractors",
]
SUPPORT_CURRENCY = set()

# Broadband support: storms and holidays. Busier in January (bills) and winter.
SUPPORT_SEASON = {1: 1.10, 2: 1.04, 3: 1.00, 4: 0.97, 5: 0.96, 6: 0.95,
                  7: 0.97, 8: 0.96, 9: 1.00, 10: 1.02, 11: 1.05, 12: 1.08}
SUPPORT_BILLING_START = 19   # August 2025: the new billing system goes live


def support_rows(rng):
    """A slowly growing customer base. In August 2025 a new billing system goes live: billing
    tickets are harder, so first-contact resolution falls, escalations and reopens rise,
    tickets take longer to solve and the backlog more than doubles; the Resolve stage is off
    track at the end of 2025. Replies, satisfaction and effort slip a little (at risk)."""
    def jitter(sd):
        return rng.gauss(0.0, sd)

    rows = []
    open_tickets = 1500
    for i, (year, month) in enumerate(PERIODS):
        k = max(0, i - SUPPORT_BILLING_START + 1)   # 0 before August 2025, then 1..5
        customers = round(185000 * 1.004 ** i * (1 + jitter(0.002)))
        tickets_created = round(customers * (0.052 + jitter(0.0015)) * SUPPORT_SEASON[month]
                                * (1 + 0.025 * k))
        help_center_visitors = round(tickets_created * (4.5 + jitter(0.2)))
        self_service_resolved = round(tickets_created * (0.58 + jitter(0.02)))
        first_response_hours = round(tickets_created * (3.4 + jitter(0.2) + 0.1 * k))
        calls_offered = round(tickets_created * (0.35 + jitter(0.01)))
        calls_abandoned = round(calls_offered * (0.05 + jitter(0.004) + 0.002 * k))
        calls_in_sla = round(calls_offered * (0.825 + jitter(0.01) - 0.008 * k))
        # before the change the team works the backlog back towards 1,500 open tickets;
        # after it, it solves fewer tickets than come in
        if k:
            tickets_solved = round(tickets_created * (0.965 - 0.008 * k + jitter(0.004)))
        else:
            tickets_solved = round(tickets_created * (1 + jitter(0.004))
                                   + 0.3 * (open_tickets - 1500))
        open_tickets = open_tickets + tickets_created - tickets_solved
        resolution_hours = round(tickets_solved * (20 + jitter(1.0) + 4 * k))
        solved_first_contact = round(tickets_solved * (0.74 + jitter(0.01) - 0.025 * k))
        escalated = round(tickets_solved * (0.085 + jitter(0.004) + 0.015 * k))
        reopened = round(tickets_solved * (0.04 + jitter(0.003) + 0.006 * k))
        csat_responses = round(tickets_solved * (0.18 + jitter(0.01)))
        csat_satisfied = round(csat_responses * (0.87 + jitter(0.008) - 0.011 * k))
        ces_responses = round(tickets_solved * (0.08 + jitter(0.005)))
        ces_points = round(ces_responses * (5.7 + jitter(0.05) - 0.07 * k))
        nps_responses = round(tickets_solved * (0.10 + jitter(0.005)))
        promoters = round(nps_responses * (0.43 + jitter(0.012) - 0.002 * k))
        detractors = round(nps_responses * (0.16 + jitter(0.01) + 0.002 * k))
        rows.append({
            "period": period_label(year, month), "customers": customers,
            "help_center_visitors": help_center_visitors,
            "self_service_resolved": self_service_resolved, "tickets_created": tickets_created,
            "first_response_hours": first_response_hours, "calls_offered": calls_offered,
            "calls_abandoned": calls_abandoned, "calls_in_sla": calls_in_sla,
            "tickets_solved": tickets_solved, "resolution_hours": resolution_hours,
            "solved_first_contact": solved_first_contact, "escalated": escalated,
            "reopened": reopened, "open_tickets": open_tickets,
            "csat_responses": csat_responses, "csat_satisfied": csat_satisfied,
            "ces_responses": ces_responses, "ces_points": ces_points,
            "nps_responses": nps_responses, "promoters": promoters, "detractors": detractors,
        })
    return rows


def check_support(rows):
    prev = None
    for r in rows:
        p = r["period"]
        assert r["customers"] > r["help_center_visitors"] > r["tickets_created"] > 0, p
        assert r["tickets_solved"] > r["solved_first_contact"] > r["escalated"] > r["reopened"] > 0, p
        assert r["calls_offered"] > r["calls_in_sla"] > r["calls_abandoned"] > 0, p
        assert 0 < r["csat_satisfied"] <= r["csat_responses"] < r["tickets_solved"], p
        assert r["ces_responses"] <= r["ces_points"] <= 7 * r["ces_responses"], p
        assert r["promoters"] + r["detractors"] <= r["nps_responses"], p
        assert r["open_tickets"] > 0, p
        if prev is not None:
            assert r["open_tickets"] == prev["open_tickets"] + r["tickets_created"] \
                - r["tickets_solved"], p
        prev = r


# --------------------------------------------------------------------------- agency

AGENCY_MEASURES = [
    "leads", "qualified_leads", "referral_leads", "proposals_sent", "proposals_won",
    "proposals_lost", "won_value", "available_hours", "billable_hours", "standard_value",
    "billed_value", "delivery_cost", "milestones_due", "milestones_on_time", "retainer_fees",
    "active_clients", "clients_lost", "nps_responses", "promoters", "detractors",
]
AGENCY_CURRENCY = {"won_value", "standard_value", "billed_value", "delivery_cost",
                   "retainer_fees"}

# Enquiries: budgets open in January and September; August and December are quiet.
AGENCY_SEASON = {1: 1.12, 2: 1.02, 3: 1.05, 4: 1.00, 5: 0.98, 6: 0.96,
                 7: 0.90, 8: 0.72, 9: 1.15, 10: 1.08, 11: 1.02, 12: 0.78}
# Staff hours: holidays in August and December.
AGENCY_HOURS = {8: 0.84, 12: 0.86}
AGENCY_OVERRUN_START = 18   # July 2025: two large fixed-fee projects start to overrun
STANDARD_RATE = 150.0       # blended standard rate per billable hour


def agency_rows(rng):
    """A 40-person agency, growing slowly. From July 2025 two large fixed-fee projects run
    over: the team works more billable hours than ever, but the hours cannot be invoiced,
    freelancers are brought in and milestones slip, so realisation, project margin and
    on-time delivery fall and the Deliver stage is off track at the end of 2025; winning work
    and keeping clients stay on or near target."""
    def jitter(sd):
        return rng.gauss(0.0, sd)

    rows = []
    active_clients = 56
    for i, (year, month) in enumerate(PERIODS):
        k = max(0, i - AGENCY_OVERRUN_START + 1)   # 0 before July 2025, then 1..6
        staff = 40 * 1.004 ** i
        leads = max(20, round(40 * 1.008 ** i * AGENCY_SEASON[month] * (1 + jitter(0.08))))
        qualified_leads = round(leads * (0.46 + jitter(0.03)))
        referral_leads = round(leads * (0.31 + jitter(0.03)))
        proposals_sent = round(qualified_leads * (0.72 + jitter(0.04)))
        decided = round(proposals_sent * (0.9 + jitter(0.05)))
        proposals_won = max(1, round(decided * (0.41 + jitter(0.04))))
        proposals_lost = decided - proposals_won
        won_value = money(proposals_won * (46000 + jitter(5000)))
        available_hours = round(staff * 150 * AGENCY_HOURS.get(month, 1.0))
        billable_hours = round(available_hours * (0.73 + jitter(0.01) + 0.012 * k))
        standard_value = money(billable_hours * STANDARD_RATE)
        billed_value = money(standard_value * (0.91 + jitter(0.01) - 0.032 * k))
        delivery_cost = money(available_hours * 55 * (1 + jitter(0.02)) + 9000 * k)
        milestones_due = round(30 * (1 + jitter(0.1)))
        milestones_on_time = round(milestones_due * (0.88 + jitter(0.03) - 0.04 * k))
        retainer_fees = money(billed_value * (0.47 + jitter(0.02)))
        clients_lost = max(0, round(active_clients * (0.015 + jitter(0.005))))
        new_clients = max(0, round(proposals_won * 0.2 + jitter(0.4)))
        active_clients = active_clients + new_clients - clients_lost
        nps_responses = round(active_clients * (0.4 + jitter(0.03)))
        promoters = round(nps_responses * (0.56 + jitter(0.04)))
        detractors = round(nps_responses * (0.10 + jitter(0.02) + 0.004 * k))
        rows.append({
            "period": period_label(year, month), "leads": leads,
            "qualified_leads": qualified_leads, "referral_leads": referral_leads,
            "proposals_sent": proposals_sent, "proposals_won": proposals_won,
            "proposals_lost": proposals_lost, "won_value": won_value,
            "available_hours": available_hours, "billable_hours": billable_hours,
            "standard_value": standard_value, "billed_value": billed_value,
            "delivery_cost": delivery_cost, "milestones_due": milestones_due,
            "milestones_on_time": milestones_on_time, "retainer_fees": retainer_fees,
            "active_clients": active_clients, "clients_lost": clients_lost,
            "nps_responses": nps_responses, "promoters": promoters, "detractors": detractors,
        })
    return rows


def check_agency(rows):
    for r in rows:
        p = r["period"]
        assert strictly_narrowing(r, ["leads", "qualified_leads", "proposals_sent",
                                      "proposals_won"]), p
        assert 0 < r["referral_leads"] < r["leads"] and r["proposals_lost"] >= 0, p
        assert r["proposals_won"] + r["proposals_lost"] <= r["proposals_sent"] * 1.2, p
        assert r["available_hours"] > r["billable_hours"] > 0, p
        assert r["standard_value"] >= r["billed_value"] > r["delivery_cost"] > 0, p
        assert r["billed_value"] > r["retainer_fees"] > 0, p
        assert r["milestones_due"] >= r["milestones_on_time"] > 0, p
        assert 0 <= r["clients_lost"] < r["active_clients"], p
        assert r["promoters"] + r["detractors"] <= r["nps_responses"], p


# --------------------------------------------------------------------------- all six

def journeys(seed):
    """(file name, measures, currency measures, rows) of each library journey, checked."""
    out = []
    for n, (name, measures, currency, make, check) in enumerate([
            ("b2b-pipeline.csv", B2B_MEASURES, B2B_CURRENCY, b2b_rows, check_b2b),
            ("mobile-app.csv", MOBILE_MEASURES, MOBILE_CURRENCY, mobile_rows, check_mobile),
            ("marketplace.csv", MARKETPLACE_MEASURES, MARKETPLACE_CURRENCY, marketplace_rows,
             check_marketplace),
            ("subscription-box.csv", BOX_MEASURES, BOX_CURRENCY, box_rows, check_box),
            ("customer-support.csv", SUPPORT_MEASURES, SUPPORT_CURRENCY, support_rows,
             check_support),
            ("agency.csv", AGENCY_MEASURES, AGENCY_CURRENCY, agency_rows, check_agency)]):
        rows = make(random.Random(seed + 2 + n))
        check(rows)
        out.append((name, measures, currency, rows))
    return out
