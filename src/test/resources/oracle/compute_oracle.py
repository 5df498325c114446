#!/usr/bin/env python3
"""Independent oracle for the built-in templates: expected KPI values and scores.

Reads the sample data (sample-data/<name>.csv) and writes

    src/test/resources/oracle/<name>-expected.csv

for the eight built-in templates: ecommerce and saas (formulas translated by hand, below) and
the six library journeys b2b-pipeline, mobile-app, marketplace, subscription-box,
customer-support and agency (formulas read from the template, see LIBRARY below),

with the columns ``period,kpi_id,value`` for the periods in PERIODS: one row per KPI (in
template order), one ``stage:<stage id>`` row per stage and one ``journey`` row.
Values are Python floats written with repr() (full double precision); the value is empty
when the KPI (or score) cannot be computed: prev() in the first period, or a division
by zero, or (for scores) no KPI with a value.

For ecommerce and saas the KPI formulas are NOT read from the templates: each one is
translated by hand into Python below, keeping the operation order of the template formula, so the oracle is
independent of the Java formula engine. Targets, directions and weights are copied by hand
too. Scores follow docs/template-format.md:

    attainment  = value / target (higher is better); target / value (lower is better,
                  1 when value <= 0)
    KPI score   = attainment clipped to 0..1
    stage score = weighted mean of the scores of the stage's KPIs that have a value
    journey     = weighted mean of the stage scores that have a value (stage weights)

For the six library journeys the formulas, targets, directions and weights are read from
templates/<name>.yaml and evaluated by formula_oracle.py, a separate evaluator of the formula
language written from docs/template-format.md (not from the Java code).

Run from the repository root (Python 3.8+ and PyYAML):

    python3 src/test/resources/oracle/compute_oracle.py            # write the files
    python3 src/test/resources/oracle/compute_oracle.py --report   # also print last month
    python3 src/test/resources/oracle/compute_oracle.py --check    # also compare ids,
        # targets, directions, weights and measure order with templates/*.yaml (PyYAML)

Regenerate only deliberately (sample data or a template changed), and review the diff.
"""

import csv
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                     "..", "..", "..", ".."))
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
PERIODS = ["2024-01", "2024-02", "2024-11", "2025-06", "2025-12"]


class Blank(Exception):
    """The value cannot be computed (blank input, prev() of the first period, x / 0)."""


def div(a, b):
    if b == 0:
        raise Blank()
    return a / b


class Env:
    """Measures and KPIs of one period; prev() steps back one period."""

    def __init__(self, template, rows, index):
        self.template = template
        self.rows = rows
        self.index = index
        self.cache = {}

    def m(self, measure):
        value = self.rows[self.index].get(measure)
        if value is None:
            raise Blank()
        return value

    def k(self, kpi_id):
        if kpi_id not in self.cache:
            try:
                self.cache[kpi_id] = self.template["formulas"][kpi_id](self)
            except Blank:
                self.cache[kpi_id] = None
        if self.cache[kpi_id] is None:
            raise Blank()
        return self.cache[kpi_id]

    def prev(self):
        if self.index == 0:
            raise Blank()
        return Env(self.template, self.rows, self.index - 1)


# --------------------------------------------------------------------------- templates
# Stage: (id, weight, [(kpi id, better, target, amber, weight), ...]), in template order.

ECOMMERCE = {
    "name": "ecommerce",
    "uses_prev": {"churn_rate", "customer_lifetime_value"},
    "measures": [
        "sessions", "visitors", "engaged_sessions", "product_viewers", "add_to_carts",
        "checkouts", "payment_attempts", "payments_successful", "orders", "revenue",
        "active_customers", "customers_lost", "repeat_customers", "promoters", "detractors",
        "nps_responses", "referrals", "reviews",
    ],
    "stages": [
        ("awareness", 1.0, [
            ("unique_visitors", "higher", 45000.0, 0.9, 1.0),
            ("engagement_rate", "higher", 0.55, 0.9, 1.0),
        ]),
        ("consideration", 1.0, [
            ("product_view_rate", "higher", 0.55, 0.9, 1.0),
            ("add_to_cart_rate", "higher", 0.08, 0.9, 2.0),
            ("checkout_rate", "higher", 0.48, 0.9, 1.0),
        ]),
        ("purchase", 2.0, [
            ("conversion_rate", "higher", 0.025, 0.9, 2.0),
            ("cart_abandonment", "lower", 0.70, 0.9, 1.0),
            ("payment_success_rate", "higher", 0.97, 0.95, 1.0),
            ("average_order_value", "higher", 85.0, 0.9, 1.0),
        ]),
        ("retention", 1.5, [
            ("repeat_purchase_rate", "higher", 0.30, 0.9, 1.0),
            ("churn_rate", "lower", 0.045, 0.9, 2.0),
            ("customer_lifetime_value", "higher", 120.0, 0.9, 1.0),
        ]),
        ("advocacy", 1.0, [
            ("nps", "higher", 40.0, 0.85, 1.0),
            ("referral_rate", "higher", 0.065, 0.9, 1.0),
            ("review_count", "higher", 240.0, 0.9, 1.0),
        ]),
    ],
    "formulas": {
        # visitors
        "unique_visitors": lambda e: e.m("visitors"),
        # engaged_sessions / sessions
        "engagement_rate": lambda e: div(e.m("engaged_sessions"), e.m("sessions")),
        # product_viewers / visitors
        "product_view_rate": lambda e: div(e.m("product_viewers"), e.m("visitors")),
        # add_to_carts / visitors
        "add_to_cart_rate": lambda e: div(e.m("add_to_carts"), e.m("visitors")),
        # checkouts / add_to_carts
        "checkout_rate": lambda e: div(e.m("checkouts"), e.m("add_to_carts")),
        # orders / visitors
        "conversion_rate": lambda e: div(e.m("orders"), e.m("visitors")),
        # 1 - orders / add_to_carts
        "cart_abandonment": lambda e: 1 - div(e.m("orders"), e.m("add_to_carts")),
        # payments_successful / payment_attempts
        "payment_success_rate":
            lambda e: div(e.m("payments_successful"), e.m("payment_attempts")),
        # revenue / orders
        "average_order_value": lambda e: div(e.m("revenue"), e.m("orders")),
        # repeat_customers / orders
        "repeat_purchase_rate": lambda e: div(e.m("repeat_customers"), e.m("orders")),
        # customers_lost / prev(active_customers)
        "churn_rate":
            lambda e: div(e.m("customers_lost"), e.prev().m("active_customers")),
        # revenue / active_customers / churn_rate   (left to right)
        "customer_lifetime_value":
            lambda e: div(div(e.m("revenue"), e.m("active_customers")), e.k("churn_rate")),
        # (promoters - detractors) / nps_responses * 100
        "nps": lambda e: div(e.m("promoters") - e.m("detractors"), e.m("nps_responses"))
            * 100,
        # referrals / orders
        "referral_rate": lambda e: div(e.m("referrals"), e.m("orders")),
        # reviews
        "review_count": lambda e: e.m("reviews"),
    },
}

SAAS = {
    "name": "saas",
    "uses_prev": {"churn_rate", "net_revenue_retention"},
    "measures": [
        "visitors", "signups", "sales_marketing_spend", "activated_accounts",
        "trial_conversions", "active_accounts", "weekly_active_accounts", "api_requests",
        "api_errors", "deals_won", "total_sales_cycle_days", "new_customers", "mrr",
        "new_mrr", "expansion_mrr", "churned_mrr", "customers_lost", "tickets_resolved",
        "total_resolution_hours", "csat_responses", "csat_satisfied", "nps_responses",
        "promoters", "detractors", "referred_signups",
    ],
    "stages": [
        ("acquisition", 1.0, [
            ("trial_signups", "higher", 1600.0, 0.9, 1.0),
            ("signup_rate", "higher", 0.04, 0.9, 1.0),
            ("cac", "lower", 1550.0, 0.9, 1.0),
        ]),
        ("activation", 1.0, [
            ("activation_rate", "higher", 0.42, 0.9, 2.0),
            ("trial_conversion_rate", "higher", 0.16, 0.9, 1.0),
        ]),
        ("engagement", 1.0, [
            ("weekly_active_rate", "higher", 0.65, 0.9, 2.0),
            ("error_rate", "lower", 0.004, 0.8, 1.0),
        ]),
        ("revenue", 2.0, [
            ("monthly_recurring_revenue", "higher", 1050000.0, 0.9, 2.0),
            ("arpa", "higher", 125.0, 0.9, 1.0),
            ("sales_cycle_length", "lower", 32.0, 0.9, 1.0),
        ]),
        ("retention", 1.5, [
            ("churn_rate", "lower", 0.02, 0.9, 2.0),
            ("net_revenue_retention", "higher", 1.0, 0.97, 1.0),
            ("csat", "higher", 0.90, 0.9, 1.0),
            ("time_to_resolution", "lower", 8.0, 0.9, 1.0),
        ]),
        ("referral", 1.0, [
            ("nps", "higher", 35.0, 0.85, 1.0),
            ("referral_rate", "higher", 0.11, 0.9, 1.0),
        ]),
    ],
    "formulas": {
        # signups
        "trial_signups": lambda e: e.m("signups"),
        # signups / visitors
        "signup_rate": lambda e: div(e.m("signups"), e.m("visitors")),
        # sales_marketing_spend / new_customers
        "cac": lambda e: div(e.m("sales_marketing_spend"), e.m("new_customers")),
        # activated_accounts / signups
        "activation_rate": lambda e: div(e.m("activated_accounts"), e.m("signups")),
        # trial_conversions / signups
        "trial_conversion_rate": lambda e: div(e.m("trial_conversions"), e.m("signups")),
        # weekly_active_accounts / active_accounts
        "weekly_active_rate":
            lambda e: div(e.m("weekly_active_accounts"), e.m("active_accounts")),
        # api_errors / api_requests
        "error_rate": lambda e: div(e.m("api_errors"), e.m("api_requests")),
        # mrr
        "monthly_recurring_revenue": lambda e: e.m("mrr"),
        # mrr / active_accounts
        "arpa": lambda e: div(e.m("mrr"), e.m("active_accounts")),
        # total_sales_cycle_days / deals_won
        "sales_cycle_length": lambda e: div(e.m("total_sales_cycle_days"), e.m("deals_won")),
        # customers_lost / prev(active_accounts)
        "churn_rate": lambda e: div(e.m("customers_lost"), e.prev().m("active_accounts")),
        # (prev(mrr) + expansion_mrr - churned_mrr) / prev(mrr)
        "net_revenue_retention":
            lambda e: div(e.prev().m("mrr") + e.m("expansion_mrr") - e.m("churned_mrr"),
                          e.prev().m("mrr")),
        # csat_satisfied / csat_responses
        "csat": lambda e: div(e.m("csat_satisfied"), e.m("csat_responses")),
        # total_resolution_hours / tickets_resolved
        "time_to_resolution":
            lambda e: div(e.m("total_resolution_hours"), e.m("tickets_resolved")),
        # (promoters - detractors) / nps_responses * 100
        "nps": lambda e: div(e.m("promoters") - e.m("detractors"), e.m("nps_responses"))
            * 100,
        # referred_signups / signups
        "referral_rate": lambda e: div(e.m("referred_signups"), e.m("signups")),
    },
}

# The six library journeys are not translated by hand: their formulas, targets, directions,
# amber bands and weights are read from templates/<name>.yaml (PyYAML) and the formulas are
# evaluated by formula_oracle.py, an evaluator written from docs/template-format.md that shares
# nothing with the Java formula engine.
LIBRARY = ["b2b-pipeline", "mobile-app", "marketplace", "subscription-box", "customer-support",
           "agency"]


def from_yaml(name):
    """The template dict (as ECOMMERCE above) of templates/<name>.yaml."""
    import yaml  # PyYAML
    import formula_oracle
    with open(os.path.join(ROOT, "templates", name + ".yaml"), encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    kpis = [k for s in doc["stages"] for k in s["kpis"]]
    kpi_ids = {k["id"] for k in kpis}
    formulas, reads, direct_prev = {}, {}, set()
    for k in kpis:
        parser = formula_oracle.Parser(str(k["formula"]), kpi_ids, Blank, div)
        formulas[k["id"]] = parser.parse()
        reads[k["id"]] = parser.names & kpi_ids
        if parser.uses_prev:
            direct_prev.add(k["id"])
    uses_prev = set(direct_prev)
    changed = True
    while changed:   # a KPI that reads a KPI that uses prev() is blank in the first period too
        changed = False
        for kpi_id, read in reads.items():
            if kpi_id not in uses_prev and read & uses_prev:
                uses_prev.add(kpi_id)
                changed = True
    stages = [(s["id"], float(s.get("weight", 1)),
               [(k["id"], k.get("better", "higher"), float(k["target"]),
                 float(k.get("amber", 0.9)), float(k.get("weight", 1))) for k in s["kpis"]])
              for s in doc["stages"]]
    return {"name": name, "uses_prev": uses_prev, "measures": list(doc["measures"]),
            "stages": stages, "formulas": formulas}


def templates():
    return [ECOMMERCE, SAAS] + [from_yaml(name) for name in LIBRARY]


# --------------------------------------------------------------------------- computing

def read_data(template):
    path = os.path.join(ROOT, "sample-data", template["name"] + ".csv")
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != ["period"] + template["measures"]:
            raise SystemExit("%s: header %s does not match the measures %s"
                             % (path, header, template["measures"]))
        rows, periods = [], []
        for record in reader:
            periods.append(record[0])
            rows.append({m: (float(v) if v.strip() else None)
                         for m, v in zip(header[1:], record[1:])})
    return periods, rows


def score(value, better, target):
    if better == "higher":
        attainment = value / target
    else:
        attainment = 1.0 if value <= 0 else target / value
    return min(max(attainment, 0.0), 1.0)


def weighted_mean(pairs):
    """pairs: (weight, score or None); None when no pair has a score."""
    pairs = [(w, s) for w, s in pairs if s is not None]
    if not pairs:
        return None
    return sum(w * s for w, s in pairs) / sum(w for w, _ in pairs)


def compute_period(template, rows, index):
    """Returns (kpi values, kpi scores, stage scores, journey score) for one period."""
    env = Env(template, rows, index)
    values, scores, stage_scores = {}, {}, {}
    for stage_id, _, kpis in template["stages"]:
        for kpi_id, better, target, _, _ in kpis:
            try:
                values[kpi_id] = env.k(kpi_id)
            except Blank:
                values[kpi_id] = None
            scores[kpi_id] = None if values[kpi_id] is None \
                else score(values[kpi_id], better, target)
        stage_scores[stage_id] = weighted_mean((w, scores[k]) for k, _, _, _, w in kpis)
    journey = weighted_mean((w, stage_scores[s]) for s, w, _ in template["stages"])
    return values, scores, stage_scores, journey


def fmt(value):
    return "" if value is None else repr(float(value))


def write_expected(template, periods, rows):
    path = os.path.join(OUT_DIR, template["name"] + "-expected.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["period", "kpi_id", "value"])
        for period in PERIODS:
            values, _, stage_scores, journey = compute_period(
                template, rows, periods.index(period))
            for _, _, kpis in template["stages"]:
                for kpi_id, *_ in kpis:
                    out.writerow([period, kpi_id, fmt(values[kpi_id])])
            for stage_id, _, _ in template["stages"]:
                out.writerow([period, "stage:" + stage_id, fmt(stage_scores[stage_id])])
            out.writerow([period, "journey", fmt(journey)])
    print("wrote", os.path.relpath(path, ROOT))


# --------------------------------------------------------------------------- checks

def status(kpi_score, amber):
    if kpi_score is None:
        return "-"
    return "On track" if kpi_score == 1 else "At risk" if kpi_score >= amber else "Off track"


def check_blanks(template, periods, rows):
    """The sample data must give every KPI a value, except the KPIs that read prev()
    (directly or through another KPI) in the first period."""
    for index, period in enumerate(periods):
        values = compute_period(template, rows, index)[0]
        for kpi_id, value in values.items():
            expected_blank = index == 0 and kpi_id in template["uses_prev"]
            if (value is None) != expected_blank:
                raise SystemExit("%s %s: %s is %s" % (template["name"], period, kpi_id,
                                                      value))


def report(template, periods, rows):
    index = len(periods) - 1
    values, scores, stage_scores, journey = compute_period(template, rows, index)
    print("\n%s, %s" % (template["name"], periods[index]))
    for stage_id, weight, kpis in template["stages"]:
        print("  %-14s weight %-4g score %.3f" % (stage_id, weight, stage_scores[stage_id]))
        for kpi_id, better, target, amber, _ in kpis:
            print("    %-24s %14.4f  target %10g  %-6s  score %.3f  %s"
                  % (kpi_id, values[kpi_id], target, better, scores[kpi_id],
                     status(scores[kpi_id], amber)))
    print("  journey score %.3f" % journey)
    print("  journey score by period: " + ", ".join(
        "%s %.2f" % (p, compute_period(template, rows, i)[3]) for i, p in enumerate(periods)))


def check_template(template):
    """Compares what was copied by hand (not the formulas) with templates/<name>.yaml."""
    import yaml  # PyYAML, only needed for --check
    path = os.path.join(ROOT, "templates", template["name"] + ".yaml")
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    problems = []
    ids = list(doc["measures"]) + [s["id"] for s in doc["stages"]] \
        + [k["id"] for s in doc["stages"] for k in s["kpis"]]
    problems += ["id %s is not unique" % i for i in sorted(set(ids)) if ids.count(i) > 1]
    problems += ["id %s is not [a-z][a-z0-9_]*" % i for i in ids
                 if not re.fullmatch(r"[a-z][a-z0-9_]*", i)]
    if list(doc["measures"]) != template["measures"]:
        problems.append("measure order differs: %s" % list(doc["measures"]))
    if [s["id"] for s in doc["stages"]] != [s[0] for s in template["stages"]]:
        problems.append("stage ids differ")
    for stage, (stage_id, weight, kpis) in zip(doc["stages"], template["stages"]):
        if float(stage.get("weight", 1)) != weight:
            problems.append("stage %s: weight %s" % (stage_id, stage.get("weight")))
        if [k["id"] for k in stage["kpis"]] != [k[0] for k in kpis]:
            problems.append("stage %s: KPI ids differ" % stage_id)
            continue
        for kpi, (kpi_id, better, target, amber, kpi_weight) in zip(stage["kpis"], kpis):
            actual = (kpi.get("better", "higher"), float(kpi["target"]),
                      float(kpi.get("amber", 0.9)), float(kpi.get("weight", 1)))
            if actual != (better, target, amber, kpi_weight):
                problems.append("KPI %s: template has %s, oracle has %s"
                                % (kpi_id, actual, (better, target, amber, kpi_weight)))
    if problems:
        raise SystemExit("%s does not match the oracle:\n  %s" % (path, "\n  ".join(problems)))
    print("checked", os.path.relpath(path, ROOT))


def main(args):
    for template in templates():
        periods, rows = read_data(template)
        check_blanks(template, periods, rows)
        if "--check" in args:
            check_template(template)
        write_expected(template, periods, rows)
        if "--report" in args:
            report(template, periods, rows)


if __name__ == "__main__":
    main(sys.argv[1:])
