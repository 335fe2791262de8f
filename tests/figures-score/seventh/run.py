#!/usr/bin/env python3
"""The seventh trade-figures set: tests/figures-score/seventh/run.py [BINARY] [-v]

Written by a seventh reviewer who read only the scorer (slots.py), the JSON contract and the
fifth set's wrapper (no parser, data or other case files), with entirely new texts from the
trade desks of many outlets and economies rarely in the news; 79 positive texts (37 single
sentences and 42 paragraphs of 2-4 sentences whose later sentences drop the reporter,
switch partner or period and name the source once) and 30 near misses. First run held
out on 2026-11-30 (at 078e618): 68 passed, 41 failed.
Scored by ../slots.py; published date of the pages: 2027-02-10."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2027-02-10")
