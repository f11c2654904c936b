#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Turns the measurements run.sh left in a folder into the README's table."""
import json
import os
import platform
import re
import statistics
import subprocess
import sys

out = sys.argv[1]


def lines(name):
    with open(os.path.join(out, name)) as f:
        return [l.split() for l in f if l.strip()]


def window(name):
    runs = lines(name)
    return statistics.median(float(r[1]) for r in runs), len(runs)


def verdict(ok):
    return "yes" if ok else "**no**"


rows = []
painted = {
    "0 accounts": window("window-0"),
    "200 accounts with secrets and cached tokens": window("window-200--tokens"),
    "200 accounts, list only": window("window-200--list-only"),
    "1000 accounts, list only": window("window-1000--list-only"),
}
keepass, keepass_runs = window("keepassxc")
for n, (ms, runs) in painted.items():
    other, target, met = "", "", ""
    if n.startswith("200 accounts with"):
        other = (f"KeePassXC, empty database: {keepass:.0f} ms (median of {keepass_runs});"
                 f" TokenDock takes {ms / keepass:.2f}×")
        target = "≤ 300 ms and ≤ 0.5× KeePassXC"
        met = verdict(ms <= 300 and ms <= 0.5 * keepass)
    rows.append((f"Start to first painted window, {n} (median of {runs})",
                 f"{ms:.0f} ms", other, target, met))

with open(os.path.join(out, "memory-peak")) as f:
    peak_kb = int([l for l in f.read().split("\n") if l.strip().isdigit()][-1])
with open(os.path.join(out, "memory-idle")) as f:
    idle_kb = int(f.read().split()[0])
tray = lines("tray")[0]
ticks, hz, seconds, switches, tray_kb = (int(x) for x in tray)
rows.append(("Peak RSS, 200 accounts (start, window open 10 s)",
             f"{peak_kb / 1024:.0f} MB", "", "", ""))
rows.append(("Idle RSS, 200 accounts: window open / hidden in the tray",
             f"{idle_kb / 1024:.0f} MB / {tray_kb / 1024:.0f} MB", "", "≤ 80 MB",
             verdict(max(idle_kb, tray_kb) <= 80 * 1024)))

with open(os.path.join(out, "token.json")) as f:
    results = json.load(f)["results"]
token_ms = results[0]["median"] * 1000
curl_ms = results[1]["median"] * 1000
runs = len(results[0]["times"])
rows.append((f"`token NAME --fresh --format header` vs sandbox (median of {runs})",
             f"{token_ms:.1f} ms", f"curl, same request: {curl_ms:.1f} ms"
             f" ({token_ms / curl_ms:.2f}×)", "≤ 1.5× curl", verdict(token_ms <= 1.5 * curl_ms)))

testall = [dict(kv.split("=") for kv in l[2:]) for l in lines("testall")]
total = statistics.median(float(t["total_ms"]) for t in testall)
stall = statistics.median(float(t["longest_stall_ms"]) for t in testall)
worst = max(float(t["longest_stall_ms"]) for t in testall)
rows.append((f"Test all, 200 accounts vs sandbox (median of {len(testall)})",
             f"{total / 1000:.2f} s", "", "≤ 2 s", verdict(total <= 2000)))
rows.append((f"Test all, 200 accounts: longest UI-thread stall (median; worst of {len(testall)})",
             f"{stall:.0f} ms; {worst:.0f} ms", "", "≤ 50 ms", verdict(worst <= 50)))

cpu = ticks / hz * 60 / seconds
rows.append((f"CPU hidden in the tray, 200 accounts counting down ({seconds} s)",
             f"{cpu:.2f} s per 60 s ({ticks} clock ticks; the UI thread woke {switches}×)", "",
             "≤ 0.2 s per 60 s",
             verdict(cpu <= 0.2)))

print("| Measure | TokenDock | Alternative, same run | Target | Met |")
print("|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")


def first(path, pattern):
    with open(path) as f:
        for l in f:
            m = re.match(pattern, l)
            if m:
                return m.group(1).strip()
    return "?"


def version(package):
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                          capture_output=True, text=True).stdout


mem_kb = int(first("/proc/meminfo", r"MemTotal:\s+(\d+)"))
cpu_model = first("/proc/cpuinfo", r"model name\s*:(.*)")
with open("/etc/debian_version") as f:
    debian = f.read().strip()
print()
print(f"Machine: {os.cpu_count()} cores ({cpu_model}), "
      f"{mem_kb / 1024 / 1024:.0f} GB RAM, Debian {debian}, "
      f"kernel {platform.release()}, Qt {version('libqt6core6').split('+')[0]}, "
      f"KeePassXC {version('keepassxc').split('+')[0]} (Qt 5), "
      f"curl {version('curl').split('-')[0]}; Xvfb with openbox and trayer.")
