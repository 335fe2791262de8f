#!/usr/bin/env python3
"""The fifth trade-figures set: tests/figures-score/fifth/run.py [BINARY] [-v]

Written by a fifth reviewer who read only the third set's format and scorer (no parser,
data or other case files), with entirely new sentences across many economies; 85 positive
sentences and 25 near misses. First run held out on 2026-11-29: 82 passed, 28 failed.
Scored by ../slots.py; published date of the pages: 2026-12-08."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2026-12-08")
