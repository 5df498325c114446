"""The e-commerce sample split by marketing channel: sample-data/ecommerce-channels.csv.

Each month's row of ecommerce.csv is split across five channels (Organic search, Paid search,
Social, Email, Direct) so that every measure of a month's five rows sums exactly to that month's
ecommerce.csv value: counts by a largest-remainder split, revenue in cents. Each measure is split
by weights of its parent in the funnel (add-to-carts by the channel's visitors, checkouts by its
add-to-carts, ...) times the channel's rate factor, and never beyond its parent, so that every
channel row keeps the funnel's invariants.

The channels differ so that a comparison has something to show:

* Paid search and Social bring many sessions but convert worse; Social is clearly the worst
  (few add-to-carts per visitor, more NPS detractors), and its share of visitors grows.
* Email and Direct convert best, bring most repeat customers and the larger orders.
* Organic search sits in between.

The checkout problem of September to December 2025 shows in every channel, as the shares of
payment attempts and successful payments are split evenly over the channels' checkouts.
"""

import random

CHANNELS = ["Organic search", "Paid search", "Social", "Email", "Direct"]

# Share of the month's visitors at the start of 2024 and the change per month.
VISITOR_SHARE = [0.33, 0.24, 0.19, 0.10, 0.14]
SHARE_DRIFT = [-0.0012, 0.0002, 0.0016, -0.0002, -0.0004]

# Rate factors per channel (relative; each measure's total is fixed by ecommerce.csv).
FACTORS = {
    "sessions":            [1.40, 1.30, 1.25, 1.75, 1.65],   # sessions per visitor
    "engaged_sessions":    [1.00, 0.90, 0.72, 1.30, 1.20],   # per session
    "product_viewers":     [1.00, 0.95, 0.80, 1.15, 1.10],   # per visitor
    "add_to_carts":        [1.00, 0.80, 0.45, 1.90, 1.55],   # per visitor
    "checkouts":           [1.00, 0.95, 0.80, 1.15, 1.10],   # per add-to-cart
    "payment_attempts":    [1.00, 1.00, 1.00, 1.00, 1.00],   # per checkout
    "payments_successful": [1.00, 1.00, 1.00, 1.00, 1.00],   # per payment attempt
    "revenue":             [1.00, 0.95, 0.85, 1.12, 1.08],   # per order
    "repeat_customers":    [0.95, 0.55, 0.45, 2.00, 1.65],   # per order
    "customers_lost":      [1.00, 1.15, 1.35, 0.70, 0.80],   # per active customer of last month
    "nps_responses":       [1.00, 0.90, 0.80, 1.40, 1.10],   # per order
    "promoters":           [1.00, 0.95, 0.80, 1.20, 1.10],   # per NPS response
    "detractors":          [1.00, 1.10, 1.45, 0.75, 0.85],   # per NPS response
    "referrals":           [1.00, 0.85, 1.10, 1.20, 1.00],   # per order
    "reviews":             [1.00, 0.90, 0.80, 1.30, 1.15],   # per order
}

# Each split measure with the measure it is split by (its parent; None for visitors).
PARENTS = [
    ("visitors", None), ("sessions", "visitors"), ("engaged_sessions", "sessions"),
    ("product_viewers", "visitors"), ("add_to_carts", "visitors"), ("checkouts", "add_to_carts"),
    ("payment_attempts", "checkouts"), ("payments_successful", "payment_attempts"),
    ("repeat_customers", "orders"), ("nps_responses", "orders"), ("promoters", "nps_responses"),
    ("detractors", "nps_responses"), ("referrals", "orders"), ("reviews", "orders"),
]

# Measures that may not exceed their parent in a channel row (the rest are below it by the rates).
CAPPED = {"engaged_sessions", "product_viewers", "add_to_carts", "checkouts", "payment_attempts",
          "payments_successful", "repeat_customers", "nps_responses", "promoters", "detractors",
          "referrals", "reviews"}

ACTIVE_AT_START = 15200  # ecommerce_rows' active customers at the end of 2023


def split(total, weights, caps=None):
    """Integers summing to ``total``, in proportion to ``weights`` (largest remainder, ties to the
    earlier channel), none above its cap: a capped channel's excess goes to the others."""
    n = len(weights)
    fixed = [None] * n
    while True:
        free = [c for c in range(n) if fixed[c] is None]
        left = total - sum(v for v in fixed if v is not None)
        w = sum(weights[c] for c in free)
        quota = {c: left * weights[c] / w for c in free}
        out = {c: int(quota[c]) for c in free}
        rest = left - sum(out.values())
        for c in sorted(free, key=lambda c: (-(quota[c] - out[c]), c))[:rest]:
            out[c] += 1
        over = [c for c in free if caps is not None and out[c] > caps[c]]
        if not over:
            return [fixed[c] if fixed[c] is not None else out[c] for c in range(n)]
        for c in over:
            fixed[c] = caps[c]


def channel_rows(ecommerce, seed):
    """The rows of ecommerce-channels.csv: a row per month and channel, months in order."""
    rng = random.Random(seed)
    rows = []
    active = split(ACTIVE_AT_START, [0.27, 0.15, 0.10, 0.26, 0.22])
    for i, month in enumerate(ecommerce):
        def noisy(factors):
            return [f * (1 + rng.gauss(0.0, 0.02)) for f in factors]

        parts = {"visitors": split(month["visitors"], noisy(
            [s + d * i for s, d in zip(VISITOR_SHARE, SHARE_DRIFT)]))}
        for measure, parent in PARENTS[1:]:
            if parent == "orders" and "orders" not in parts:
                # Orders paid with gift cards or store credit, on top of the successful payments.
                paid = parts["payments_successful"]
                extra = split(month["orders"] - month["payments_successful"], paid)
                parts["orders"] = [p + e for p, e in zip(paid, extra)]
            weights = [p * f for p, f in zip(parts[parent], noisy(FACTORS[measure]))]
            caps = parts[parent] if measure in CAPPED else None
            if measure == "detractors":
                caps = [n - p for n, p in zip(parts["nps_responses"], parts["promoters"])]
            parts[measure] = split(month[measure], weights, caps)
        cents = split(round(month["revenue"] * 100),
                      [o * f for o, f in zip(parts["orders"], FACTORS["revenue"])])
        parts["revenue"] = [c / 100 for c in cents]
        parts["customers_lost"] = split(month["customers_lost"],
                                        [a * f for a, f in zip(active, FACTORS["customers_lost"])])
        active = [a + o - r - lost for a, o, r, lost in zip(
            active, parts["orders"], parts["repeat_customers"], parts["customers_lost"])]
        parts["active_customers"] = active
        for c, channel in enumerate(CHANNELS):
            row = {"period": month["period"], "channel": channel}
            row.update({m: v[c] for m, v in parts.items()})
            rows.append(row)
    return rows


def check_channels(rows, ecommerce, measures, check_month_rows):
    """The channel rows sum to ecommerce.csv, and each channel's months keep the funnel's invariants
    (``check_month_rows``: generate_samples.check_ecommerce, the checks of ecommerce.csv's rows)."""
    assert len(rows) == len(ecommerce) * len(CHANNELS)
    for k, month in enumerate(ecommerce):
        mine = rows[k * len(CHANNELS):(k + 1) * len(CHANNELS)]
        assert [r["channel"] for r in mine] == CHANNELS and all(r["period"] == month["period"] for r in mine)
        for m in measures:
            total = sum(r[m] for r in mine)
            if m == "revenue":
                assert round(total * 100) == round(month[m] * 100), (month["period"], m)
                assert all(abs(r[m] * 100 - round(r[m] * 100)) < 1e-6 for r in mine), (month["period"], m)
            else:
                assert total == month[m], (month["period"], m, total, month[m])
    for channel in CHANNELS:
        check_month_rows([r for r in rows if r["channel"] == channel])
