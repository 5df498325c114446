#!/usr/bin/env python3
"""Generate the sample KPI data for the built-in journey templates.

Writes nine wide CSV files next to this script, one row per month from 2024-01 to 2025-12,
with the header ``period,<measure ids in template order>``:

    sample-data/ecommerce.csv   measures of templates/ecommerce.yaml
    sample-data/ecommerce-channels.csv
                                the same months split by marketing channel (header
                                ``period,channel,<ecommerce measures>``, a row per month and
                                channel; every measure sums to ecommerce.csv), made by
                                channel_samples.py, for templates/examples/ecommerce-channels.yaml
    sample-data/saas.csv        measures of templates/saas.yaml
    sample-data/<name>.csv      measures of templates/<name>.yaml for the six library journeys
                                (b2b-pipeline, mobile-app, marketplace, subscription-box,
                                customer-support, agency), made by library_samples.py

Run it from anywhere (Python 3.8+, standard library only):

    python3 sample-data/generate_samples.py

The output is deterministic (fixed random seed), so running it again reproduces the
committed files byte for byte. If you change it, regenerate the oracle as well
(``python3 src/test/resources/oracle/compute_oracle.py``) and review the diff.

The data tell a story so that the dashboard has something to show:

* E-commerce ("Demo Store"): steady growth with a November/December peak. From
  September 2025 a payment-provider problem at checkout makes payments fail and shoppers
  give up at the payment step: payment success, cart abandonment and conversion get
  worse every month, so the Purchase stage is clearly off track at the end of 2025, while
  Awareness, Consideration, Retention and Advocacy stay on or near target.
* SaaS ("Demo SaaS"): steady growth in sign-ups and MRR. From mid 2025 support ticket
  volume outgrows the support team: time to resolution rises, CSAT falls and churn rises,
  so the Retention stage is clearly off track at the end of 2025, while the other stages
  stay on or near target.
* The six library journeys: see the docstring of each *_rows function in library_samples.py.

Invariants (checked before writing): counts are non-negative integers, currency has at
most two decimals, funnels narrow (visitors > product_viewers > add_to_carts > orders >
repeat_customers; visitors > signups > activated_accounts > trial_conversions), parts never
exceed their totals, and stocks (active customers / accounts) roll forward from the
previous month with new minus lost customers.
"""

import csv
import os
import random

import channel_samples
import library_samples

SEED = 20240101
PERIODS = [(y, m) for y in (2024, 2025) for m in range(1, 13)]
HERE = os.path.dirname(os.path.abspath(__file__))

ECOMMERCE_MEASURES = [
    "sessions", "visitors", "engaged_sessions", "product_viewers", "add_to_carts",
    "checkouts", "payment_attempts", "payments_successful", "orders", "revenue",
    "active_customers", "customers_lost", "repeat_customers", "promoters", "detractors",
    "nps_responses", "referrals", "reviews",
]
ECOMMERCE_CURRENCY = {"revenue"}

SAAS_MEASURES = [
    "visitors", "signups", "sales_marketing_spend", "activated_accounts",
    "trial_conversions", "active_accounts", "weekly_active_accounts", "api_requests",
    "api_errors", "deals_won", "total_sales_cycle_days", "new_customers", "mrr",
    "new_mrr", "expansion_mrr", "churned_mrr", "customers_lost", "tickets_resolved",
    "total_resolution_hours", "csat_responses", "csat_satisfied", "nps_responses",
    "promoters", "detractors", "referred_signups",
]
SAAS_CURRENCY = {"sales_marketing_spend", "mrr", "new_mrr", "expansion_mrr", "churned_mrr"}


def period_label(year, month):
    return "%04d-%02d" % (year, month)


def money(x):
    return round(x, 2)


# --------------------------------------------------------------------------- e-commerce

# Month-of-year traffic index: quiet January/February, holiday peak in November/December.
ECOM_SEASON = {1: 0.92, 2: 0.86, 3: 0.95, 4: 0.97, 5: 1.00, 6: 0.96,
               7: 0.93, 8: 0.95, 9: 1.00, 10: 1.06, 11: 1.38, 12: 1.52}

# The checkout problem (payment provider), by period: (share of checkouts reaching a payment
# attempt, payment success rate, relative order value, extra detractor share).
ECOM_INCIDENT = {
    (2025, 9): (0.660, 0.925, 0.98, 0.01),
    (2025, 10): (0.620, 0.880, 0.96, 0.02),
    (2025, 11): (0.560, 0.810, 0.95, 0.03),
    (2025, 12): (0.520, 0.760, 0.94, 0.03),
}


def ecommerce_rows(rng):
    def jitter(sd):
        return rng.gauss(0.0, sd)

    rows = []
    active = 15200  # active customers (ordered in the last 12 months) at the end of 2023
    for i, (year, month) in enumerate(PERIODS):
        peak = month in (11, 12)
        visitors = round(36500 * 1.012 ** i * ECOM_SEASON[month] * (1 + jitter(0.02)))
        sessions = round(visitors * rng.uniform(1.42, 1.50))
        engaged_sessions = round(sessions * (0.530 + 0.0011 * i + jitter(0.006)))
        product_viewers = round(visitors * (0.545 + (0.015 if peak else 0.0) + jitter(0.008)))
        add_to_carts = round(visitors * (0.0775 + 0.0002 * i + (0.005 if peak else 0.0)
                                         + jitter(0.0015)))
        checkouts = round(add_to_carts * (0.48 + jitter(0.008)))
        attempt_share, success, aov_factor, extra_detractors = ECOM_INCIDENT.get(
            (year, month), (0.70 + jitter(0.006), 0.972 + jitter(0.003), 1.0, 0.0))
        payment_attempts = round(checkouts * attempt_share)
        payments_successful = round(payment_attempts * success)
        # Orders paid entirely with gift cards or store credit skip the payment provider.
        orders = payments_successful + round(payments_successful * (0.015 + jitter(0.002)))
        aov = (84.0 + 0.12 * i + (5.0 if month == 11 else 8.0 if month == 12 else 0.0)) \
            * aov_factor * (1 + jitter(0.01))
        revenue = money(orders * aov)
        repeat_share = 0.31 + 0.0010 * i - (0.03 if peak else 0.0) + jitter(0.006)
        repeat_customers = round(orders * repeat_share)
        churn = 0.047 - 0.00015 * i + (0.004 if month == 1 else 0.0) + jitter(0.0012)
        customers_lost = round(active * churn)
        active = active + (orders - repeat_customers) - customers_lost
        nps_responses = round(orders * (0.060 + jitter(0.004)))
        promoters = round(nps_responses * (0.545 + jitter(0.015)))
        detractors = round(nps_responses * (0.140 + extra_detractors + jitter(0.01)))
        referrals = round(orders * (0.064 + 0.0002 * i + jitter(0.003)))
        reviews = round(orders * (0.205 + jitter(0.008)))
        rows.append({
            "period": period_label(year, month),
            "sessions": sessions, "visitors": visitors, "engaged_sessions": engaged_sessions,
            "product_viewers": product_viewers, "add_to_carts": add_to_carts,
            "checkouts": checkouts, "payment_attempts": payment_attempts,
            "payments_successful": payments_successful, "orders": orders, "revenue": revenue,
            "active_customers": active, "customers_lost": customers_lost,
            "repeat_customers": repeat_customers, "promoters": promoters,
            "detractors": detractors, "nps_responses": nps_responses,
            "referrals": referrals, "reviews": reviews,
        })
    return rows


def check_ecommerce(rows):
    prev_active = None
    for r in rows:
        p = r["period"]
        assert r["sessions"] > r["visitors"] > r["product_viewers"] > r["add_to_carts"] \
            > r["checkouts"] >= r["payment_attempts"] >= r["payments_successful"] > 0, p
        assert r["engaged_sessions"] < r["sessions"], p
        assert r["payments_successful"] <= r["orders"] < r["add_to_carts"], p
        assert 0 < r["repeat_customers"] < r["orders"], p
        assert 0 < r["customers_lost"] < r["active_customers"], p
        if prev_active is not None:
            assert r["active_customers"] == prev_active + r["orders"] \
                - r["repeat_customers"] - r["customers_lost"], p
        prev_active = r["active_customers"]
        assert r["promoters"] + r["detractors"] <= r["nps_responses"], p
        assert 0 < r["referrals"] < r["orders"] and 0 < r["reviews"] < r["orders"], p


# --------------------------------------------------------------------------- SaaS

# Mild seasonality for a B2B product: quiet August and December, busy January and autumn.
SAAS_SEASON = {1: 1.08, 2: 1.02, 3: 1.04, 4: 1.00, 5: 0.99, 6: 0.96,
               7: 0.92, 8: 0.86, 9: 1.05, 10: 1.06, 11: 1.02, 12: 0.88}

# Support backlog from June 2025 (index 17): ticket volume outgrows the support team.
SAAS_BACKLOG_START = 17


def saas_rows(rng):
    def jitter(sd):
        return rng.gauss(0.0, sd)

    rows = []
    active = 6200          # paying accounts at the end of 2023
    mrr = 682000.00        # MRR at the end of 2023
    for i, (year, month) in enumerate(PERIODS):
        backlog = max(0, i - SAAS_BACKLOG_START + 1)   # 0 before June 2025, then 1..7
        visitors = round(30000 * 1.015 ** i * SAAS_SEASON[month] * (1 + jitter(0.02)))
        signups = round(visitors * (0.039 + 0.0001 * i + jitter(0.0012)))
        referred_signups = round(signups * (0.105 + 0.0005 * i + jitter(0.006)))
        activated_accounts = round(signups * (0.41 + 0.0012 * i + jitter(0.008)))
        trial_conversions = round(signups * (0.155 + 0.0004 * i + jitter(0.005)))
        deals_won = max(3, round(14 * 1.01 ** i * SAAS_SEASON[month] * (1 + jitter(0.12))))
        total_sales_cycle_days = round(deals_won * (34 - 0.15 * i + jitter(1.5)))
        new_customers = trial_conversions + deals_won
        sales_marketing_spend = money(new_customers * (1420 + 2.5 * i) * (1 + jitter(0.03)))
        churn = 0.0215 - 0.0002 * i + 0.0019 * backlog + jitter(0.0008)
        customers_lost = round(active * churn)
        arpa = mrr / active
        # Self-serve trials start on a 49/month plan, sales-led deals are larger.
        new_mrr = money(trial_conversions * 49.0 * (1 + jitter(0.03))
                        + deals_won * 620.0 * (1 + jitter(0.05)))
        expansion_mrr = money(mrr * (0.0105 + jitter(0.0008) - 0.0004 * backlog))
        # Small accounts churn more often than large ones.
        churned_mrr = money(customers_lost * arpa * (0.6 + jitter(0.03)))
        active = active + new_customers - customers_lost
        mrr = money(mrr + new_mrr + expansion_mrr - churned_mrr)
        weekly_active_accounts = round(active * (0.66 + 0.0008 * i - 0.004 * backlog
                                                 + jitter(0.01)))
        api_requests = round(active * 2600 * (1 + 0.01 * i) * (1 + jitter(0.03)))
        api_errors = round(api_requests * (0.0036 + jitter(0.0003)))
        tickets = round(active * (0.25 + 0.016 * backlog) * (1 + jitter(0.04)))
        tickets_resolved = tickets
        total_resolution_hours = round(tickets_resolved
                                       * (7.2 - 0.03 * i + 1.3 * backlog + jitter(0.3)))
        csat_responses = round(tickets_resolved * (0.22 + jitter(0.01)))
        csat_satisfied = round(csat_responses * (0.915 - 0.012 * backlog + jitter(0.008)))
        nps_responses = round(active * (0.08 + jitter(0.005)))
        promoters = round(nps_responses * (0.52 + 0.001 * i - 0.006 * backlog + jitter(0.015)))
        detractors = round(nps_responses * (0.14 + 0.006 * backlog + jitter(0.01)))
        rows.append({
            "period": period_label(year, month),
            "visitors": visitors, "signups": signups,
            "sales_marketing_spend": sales_marketing_spend,
            "activated_accounts": activated_accounts, "trial_conversions": trial_conversions,
            "active_accounts": active, "weekly_active_accounts": weekly_active_accounts,
            "api_requests": api_requests, "api_errors": api_errors, "deals_won": deals_won,
            "total_sales_cycle_days": total_sales_cycle_days, "new_customers": new_customers,
            "mrr": mrr, "new_mrr": new_mrr, "expansion_mrr": expansion_mrr,
            "churned_mrr": churned_mrr, "customers_lost": customers_lost,
            "tickets_resolved": tickets_resolved,
            "total_resolution_hours": total_resolution_hours,
            "csat_responses": csat_responses, "csat_satisfied": csat_satisfied,
            "nps_responses": nps_responses, "promoters": promoters, "detractors": detractors,
            "referred_signups": referred_signups,
        })
    return rows


def check_saas(rows):
    prev = None
    for r in rows:
        p = r["period"]
        assert r["visitors"] > r["signups"] > r["activated_accounts"] \
            > r["trial_conversions"] > r["referred_signups"] > 0, p
        assert r["new_customers"] == r["trial_conversions"] + r["deals_won"], p
        assert 0 < r["customers_lost"] < r["active_accounts"], p
        assert 0 < r["weekly_active_accounts"] <= r["active_accounts"], p
        assert 0 < r["api_errors"] < r["api_requests"], p
        assert r["total_sales_cycle_days"] > 0 and r["deals_won"] > 0, p
        assert 0 < r["csat_satisfied"] <= r["csat_responses"] < r["tickets_resolved"], p
        assert r["promoters"] + r["detractors"] <= r["nps_responses"], p
        if prev is not None:
            assert r["active_accounts"] == prev["active_accounts"] + r["new_customers"] \
                - r["customers_lost"], p
            assert abs(r["mrr"] - (prev["mrr"] + r["new_mrr"] + r["expansion_mrr"]
                                   - r["churned_mrr"])) < 0.011, p
        prev = r


# --------------------------------------------------------------------------- output

def fmt(value, currency):
    return "%.2f" % value if currency else str(value)


def write(name, measures, currency, rows, keys=("period",)):
    path = os.path.join(HERE, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(list(keys) + measures)
        for r in rows:
            assert all(isinstance(r[m], int) or m in currency for m in measures), r["period"]
            assert all(r[m] >= 0 for m in measures), r["period"]
            out.writerow([r[k] for k in keys] + [fmt(r[m], m in currency) for m in measures])
    print("wrote", path)


def main():
    ecommerce = ecommerce_rows(random.Random(SEED))
    check_ecommerce(ecommerce)
    saas = saas_rows(random.Random(SEED + 1))
    check_saas(saas)
    channels = channel_samples.channel_rows(ecommerce, SEED + 2)
    channel_samples.check_channels(channels, ecommerce, ECOMMERCE_MEASURES, check_ecommerce)
    write("ecommerce.csv", ECOMMERCE_MEASURES, ECOMMERCE_CURRENCY, ecommerce)
    write("ecommerce-channels.csv", ECOMMERCE_MEASURES, ECOMMERCE_CURRENCY, channels,
          ("period", "channel"))
    write("saas.csv", SAAS_MEASURES, SAAS_CURRENCY, saas)
    for name, measures, currency, rows in library_samples.journeys(SEED):
        write(name, measures, currency, rows)


if __name__ == "__main__":
    main()
