#!/usr/bin/env python3
"""The fourth trade-figures set: tests/figures-score/fourth/run.py [BINARY] [-v]

Written by a fourth reviewer without reading the parser, its data or its unit checks; 82
positive sentences and 25 near misses. First run held out on 2026-11-29: 75 passed, 32
failed. Scored by ../slots.py; published date of the pages: 2026-09-15."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2026-09-15")
