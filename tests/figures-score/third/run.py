#!/usr/bin/env python3
"""The third trade-figures set: tests/figures-score/third/run.py [BINARY] [-v]

Written by a third reviewer who had seen neither other set, and first run held out on
the final rules of its day: 61 of 88 sentences fully right, 16 of 22 near misses clean
(77 passed, 33 failed), before the fixes it then prompted. Scored by ../slots.py;
published date of the pages: 2026-06-10."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import slots

if __name__ == "__main__":
    slots.main(HERE, "2026-06-10")
