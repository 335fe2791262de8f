#!/usr/bin/env python3
"""The eighth trade-figures set: tests/figures-score/eighth/run.py [BINARY] [-v]

Written by an eighth reviewer who read only the scorer (slots.py), the JSON contract, the
seventh set's wrapper and the conventions header of its cases (no parser, data, other cases
or program runs), with entirely new texts in the style of trade-desk copy from wire
services, statistics offices, customs releases and regional business papers. 85 positive
texts (33 single sentences and 52 paragraphs of 2-5 sentences) aimed at what real copy does:
breakdowns by goods and partner lists in their own sentences, value and volume with
different changes, periods named by reference ("in the quarter", "over the period"),
fiscal years (India, Pakistan, Bangladesh, Egypt, Australia, Japan, Ethiopia) and crop
seasons, year-to-date totals, month-on-month against year-on-year, absolute changes,
records, ranges and approximations, local currencies and scales (crore, lakh crore,
trillion won, yuan, Rp, R$, N, Sh, EGP, PKR, Tk, lira, pesos, CFA francs), balances,
re-exports, non-oil and services trade, bilateral trade; and 32 near misses (forecasts,
targets, bans, quotas, tariff news without a rate, prices, shares, current accounts,
production, one firm's sales, other senses of "export" and "trade").
First run held out on 2026-11-30 (at f3185f6): 76 passed, 41 failed.
Scored by ../slots.py; published date of the pages: 2027-03-12."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2027-03-12")
