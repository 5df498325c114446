#!/usr/bin/env python3
"""Writes the largest journey journeydash supports, for the gallery and the layout tests:
templates/examples/large-journey.yaml (12 stages, 60 KPIs, labels up to 50 characters, stage
names up to 30) and sample-data/large-journey.csv (24 months). Deterministic: run it again to
get the same files."""
import math
import os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)

STAGES = [
    "Awareness and first impressions", "Research and comparison", "Store and website visit",
    "Consultation and advice", "Quote and proposal", "Purchase and payment",
    "Delivery and installation", "Onboarding and first use", "Everyday service",
    "Support and complaints", "Renewal and loyalty", "Referral and advocacy",
]
KPI_WORDS = [
    "Share of prospects who remembered the brand unaided",
    "Share of visitors who read the comparison guides",
    "Visits that reached a product page in three clicks",
    "Consultations booked within two working days",
    "Proposals sent within the promised response time",
]


def slug(i, j):
    return f"s{i + 1:02d}_k{j + 1}"


def main():
    lines = [
        "# The largest journey journeydash supports: 12 stages, 60 KPIs, long labels (made by",
        "# sample-data/large_journey.py; data: sample-data/large-journey.csv). For the gallery and the layout tests.",
        "name: Twelve-stage home-improvement journey",
        "client: Demo Home Improvement Group",
        "description: From the first advert to a customer who renews and refers, twelve stages, month by month.",
        "period: month",
        'currency: "$"',
        "",
        "measures:",
    ]
    for i in range(len(STAGES)):
        for j in range(5):
            lines.append(f"  {slug(i, j)}_yes: {{ label: Stage {i + 1} KPI {j + 1} successes }}")
            lines.append(f"  {slug(i, j)}_all: {{ label: Stage {i + 1} KPI {j + 1} attempts }}")
    lines += ["", "stages:"]
    for i, name in enumerate(STAGES):
        lines += [f"  - id: stage{i + 1:02d}", f"    name: {name}", "    kpis:"]
        for j in range(5):
            label = KPI_WORDS[(i + j) % 5]
            label = (label + f" (stage {i + 1})")[:50] if j % 2 == 0 else label[: 22 + 5 * j]
            lines += [f"      - id: {slug(i, j)}", f"        label: {label}",
                      f"        formula: {slug(i, j)}_yes / {slug(i, j)}_all", "        format: percent",
                      "        better: higher", f"        target: {0.5 + 0.03 * j:.2f}"]
    with open(os.path.join(root, "templates/examples/large-journey.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")

    header = ["period"] + [f"{slug(i, j)}_{k}" for i in range(len(STAGES)) for j in range(5) for k in ("yes", "all")]
    rows = [",".join(header)]
    for m in range(24):
        cells = [f"{2024 + m // 12}-{m % 12 + 1:02d}"]
        for i in range(len(STAGES)):
            for j in range(5):
                attempts = 1000 + 37 * i + 11 * j + 5 * m
                # each KPI wanders around its target; stage 6 slips in the last months
                rate = 0.5 + 0.03 * j + 0.04 * math.sin((m + i + j) / 3.0) - (0.12 if i == 5 and m > 20 else 0)
                cells += [str(round(attempts * rate)), str(attempts)]
        rows.append(",".join(cells))
    with open(os.path.join(here, "large-journey.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
