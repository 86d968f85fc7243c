#!/usr/bin/env python3
"""Prints the per-request table of a Gatling report (the latest under target/gatling/ by default):
count, OK, KO, throughput and p50/p95/p99 per request, as Markdown."""
import glob
import html
import re
import sys

report = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob("target/gatling/*/index.html"))[-1]
page = open(report, encoding="utf-8").read()
rows = re.findall(r'class="ellipsed-name">([^<]+)</span>.*?((?:<td class="value[^"]*">[^<]*</td>\s*){13})',
                  page, re.S)
print("| request | count | OK | KO | req/s | p50 ms | p95 ms | p99 ms | max ms |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for name, cells in rows:
    v = re.findall(r'>([^<]*)</td>', cells)
    # columns: total, ok, ko, ko %, req/s, min, p50, p75, p95, p99, max, mean, std dev
    print(f"| {html.unescape(name)} | {v[0]} | {v[1]} | {v[2]} | {v[4]} | {v[6]} | {v[8]} | {v[9]} | {v[10]} |")
