#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Turns the measurements run.sh left in a folder into the README's tables
and the plot of how each cost grows with the number of accounts:

    table.py MEASUREMENTS_FOLDER PLOT.png
"""
import glob
import json
import os
import platform
import re
import statistics
import subprocess
import sys

out, plot_path = sys.argv[1], sys.argv[2]
GOAL_SIZE = 5000     # the goals' number of accounts
TESTALL_SIZE = 1000  # Test All's


def path(name):
    return os.path.join(out, name)


def lines(name):
    with open(path(name)) as f:
        return [l.split() for l in f if l.strip()]


def fields(line):
    """key=value words of a RESULT line."""
    return dict(w.split("=", 1) for w in line if "=" in w)


def window(name):
    runs = lines(name)
    return statistics.median(float(r[1]) for r in runs), len(runs)


def hyperfine(name):
    """Median ms and number of runs of each command, in order."""
    with open(path(name)) as f:
        return [(r["median"] * 1000, len(r["times"])) for r in json.load(f)["results"]]


def verdict(ok):
    return "met" if ok else "**missed**"


def count(n):
    return f"{n:,}"


def sizes(prefix):
    found = []
    for p in glob.glob(path(prefix + "-*")):
        m = re.fullmatch(re.escape(prefix) + r"-(\d+)(\.json)?", os.path.basename(p))
        if m:
            found.append(int(m.group(1)))
    return sorted(set(found))


def pick(available, goal):
    """The goal's size, or the largest measured below it (a shorter run)."""
    below = [n for n in available if n <= goal]
    return max(below) if below else None


SIZES = sizes("window")
SIZES = [n for n in SIZES if n > 0]
m = {}  # size -> what was measured at it
for n in SIZES:
    r = {}
    r["window"], r["window_runs"] = window(f"window-{n}")
    # the empty start, measured in turn with this size's window
    r["empty"], r["empty_runs"] = window(f"window-empty-{n}")
    idle_kb, peak_kb, settle_s = (int(x) for x in lines(f"memory-{n}")[0])
    r["rss"], r["peak"], r["settle"] = idle_kb / 1024, peak_kb / 1024, settle_s
    results = {l[1]: fields(l) for l in lines(f"filter-{n}") if l[0] == "RESULT"}
    f = results["filter"]
    r["key_worst"], r["key_median"] = float(f["worst_ms"]), float(f["median_ms"])
    r["keys"], r["key_paints"] = int(f["keys"]), int(f["paints"])
    finder = results.get("finder")  # runs before this one measured it have none
    if finder:
        r["find_first"], r["find_worst"] = float(finder["first_ms"]), float(finder["worst_ms"])
        r["find_painted"] = int(finder["painted"])  # of 11 opens: each timed to its paint
    (r["list"], r["list_runs"]), (r["json"], r["json_runs"]) = hyperfine(f"list-{n}.json")
    (r["token"], r["token_runs"]), (r["lookup"], _) = hyperfine(f"token-{n}.json")
    fresh = hyperfine(f"fresh-{n}.json")
    r["fresh"], r["fresh_runs"] = fresh[0]
    r["fresh_lookup"], r["curl"] = fresh[1][0], fresh[2][0]
    seed = fields(lines(f"seed-{n}")[0])
    r["items"], r["seed_s"] = int(seed["keychain_items"]), int(seed["ms"]) / 1000
    m[n] = r
testall = {}
for n in sizes("testall"):
    results = [fields(l) for l in lines(f"testall-{n}") if l[0] == "RESULT"]
    budgets = [l[1:] for l in lines(f"testall-{n}") if l[0] == "BUDGETS"]
    testall[n] = {
        "runs": len(results),
        "total": statistics.median(float(t["total_ms"]) for t in results),
        "busy": max(float(t["longest_busy_ms"]) for t in results),
        "stall": max(float(t["longest_stall_ms"]) for t in results),
        "held_back": max(int(t["held_back"]) for t in results),
        "over": max(int(t["budgets_over"]) for t in results),
        "failures": max(int(t["failures"]) for t in results),
        "budgets": len(budgets[0]) if budgets else 0,
    }
keepass, keepass_runs = window("keepassxc")


def goal_rows():
    rows = []
    n = pick(SIZES, GOAL_SIZE)
    if n is None:
        return rows
    r = m[n]
    note = "" if n == GOAL_SIZE else f" (goal at {count(GOAL_SIZE)})"
    rows.append((
        f"First painted window, {count(n)} accounts with secrets and cached tokens{note}"
        f" (median of {r['window_runs']})",
        f"{r['window']:.0f} ms",
        f"empty start (0 accounts), in turn with it: {r['empty']:.0f} ms;"
        f" KeePassXC, empty database: {keepass:.0f} ms"
        f" (medians of {r['empty_runs']} and {keepass_runs})",
        f"{r['window'] / r['empty']:.2f}× / {r['window'] / keepass:.2f}×",
        "≤ 1.3× the empty start, ≤ 0.4× KeePassXC",
        verdict(r["window"] <= 1.3 * r["empty"] and r["window"] <= 0.4 * keepass)))
    rows.append((
        f"One keystroke in the account filter, {count(n)} accounts{note}"
        f" (worst of {r['keys']}; median)",
        f"{r['key_worst']:.1f} ms; {r['key_median']:.1f} ms", "", "",
        "≤ 16 ms on the UI thread (worst)", verdict(r["key_worst"] <= 16)))
    if "find_first" in r:
        rows.append((
            f"Tray's *Find Account…* popup opening, {count(n)} accounts{note}"
            f" (first open, made then; worst of the 10 opens after)",
            f"{r['find_first']:.1f} ms; {r['find_worst']:.1f} ms", "", "",
            "< 100 ms", verdict(max(r["find_first"], r["find_worst"]) < 100
                                and r["find_painted"] == 11)))
    unsettled = " (read after 120 s, the start's keychain reads still going)" \
        if r["settle"] >= 120 else ""
    rows.append((
        f"Memory, window open, {count(n)} accounts{note} (RSS once settled; peak)",
        f"{r['rss']:.0f} MB; {r['peak']:.0f} MB{unsettled}", "", "", "≤ 80 MB RSS",
        verdict(r["rss"] <= 80)))
    t_n = pick(sorted(testall), TESTALL_SIZE)
    if t_n is not None:
        t = testall[t_n]
        t_note = "" if t_n == TESTALL_SIZE else f" (goal at {count(TESTALL_SIZE)})"
        rows.append((
            f"Test All, {count(t_n)} accounts against the sandbox{t_note}"
            f" (median of {t['runs']}; stall: worst of {t['runs']})",
            f"{t['total'] / 1000:.2f} s; longest UI-thread stall {t['busy']:.0f} ms"
            f" ({t['stall']:.0f} ms counting waits for a CPU)",
            f"{t['budgets'] - t['over']} of {t['budgets']} budgeted carriers kept to their budget;"
            f" {t['held_back']} accounts held back by it; {t['failures']} failed otherwise",
            "", "≤ 3 s, no UI-thread stall over 50 ms, each carrier's budget kept",
            verdict(t["total"] <= 3000 and t["busy"] <= 50 and t["over"] == 0
                    and t["failures"] == 0)))
    rows.append((
        f"`tokendock token NAME`, valid cached token, {count(n)} accounts"
        f" (median of {r['token_runs']})",
        f"{r['token']:.1f} ms", f"`secret-tool lookup` of one item: {r['lookup']:.1f} ms",
        f"{r['token'] / r['lookup']:.2f}×", "≤ 1.2×", verdict(r["token"] <= 1.2 * r["lookup"])))
    ref = r["fresh_lookup"] + r["curl"]
    rows.append((
        f"`tokendock token NAME --fresh`, {count(n)} accounts (median of {r['fresh_runs']})",
        f"{r['fresh']:.1f} ms",
        f"`secret-tool lookup` + curl, same request: {r['fresh_lookup']:.1f} + {r['curl']:.1f}"
        f" = {ref:.1f} ms", f"{r['fresh'] / ref:.2f}×", "≤ 1.3×",
        verdict(r["fresh"] <= 1.3 * ref)))
    rows.append((
        f"`tokendock list --json`, {count(n)} accounts{note} (median of {r['list_runs']})",
        f"{r['list']:,.0f} ms",
        f"`python3 -c 'import json; json.load(open(F))'`, F its accounts.json: {r['json']:.0f} ms",
        f"{r['list'] / r['json']:.1f}×", "≤ 3×", verdict(r["list"] <= 3 * r["json"])))
    return rows


def tray_row():
    ticks, hz, seconds, switches, tray_kb = (int(x) for x in lines("tray")[0])
    cpu = ticks / hz * 60 / seconds
    return (f"Hidden in the tray, 200 accounts counting down ({seconds} s)",
            f"{cpu:.2f} s CPU per 60 s; {tray_kb / 1024:.0f} MB RSS",
            f"{ticks} clock ticks; the UI thread woke {switches}×", "",
            "≤ 0.2 s CPU per 60 s", verdict(cpu <= 0.2))


def table(header, rows):
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


table(("Measure", "TokenDock", "Side by side, same run", "Ratio", "Goal", "Result"),
      goal_rows() + [tray_row()])
print()

growth = []
for n in SIZES:
    r = m[n]
    t = testall.get(n)
    growth.append((
        count(n), f"{r['items']:,} in {r['seed_s']:.0f} s",
        f"{r['window']:.0f} ms ({r['window'] / r['empty']:.2f}×)",
        f"{r['key_worst']:.1f} / {r['key_median']:.1f} ms",
        f"{r['rss']:.0f} / {r['peak']:.0f} MB",
        (f"{t['total'] / 1000:.2f} s, {t['busy']:.0f} ms"
         + (f", {t['failures']} failed" if t["failures"] else "")) if t else "not measured",
        f"{r['list']:,.0f} / {r['json']:.0f} ms",
        f"{r['token']:.1f} / {r['lookup']:.1f} ms",
        f"{r['fresh']:.1f} / {r['fresh_lookup'] + r['curl']:.1f} ms"))
table(("Accounts", "Keychain items seeded", "First window (÷ empty start)",
       "Filter keystroke, worst / median", "RSS settled / peak", "Test All, longest stall",
       "`list --json` / `json.load`", "`token` / `secret-tool`",
       "`token --fresh` / lookup + curl"), growth)
untested = [n for n in SIZES if n not in testall]
if untested and testall:
    print()
    print(f"Test All was measured up to {count(max(testall))} accounts"
          " (run.sh's BENCH_TESTALL_MAX), not at "
          + ", ".join(count(n) for n in untested) + ".")


def first(file, pattern):
    with open(file) as f:
        for l in f:
            found = re.match(pattern, l)
            if found:
                return found.group(1).strip()
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
      f"curl {version('curl').split('-')[0]}, gnome-keyring {version('gnome-keyring').split('-')[0]};"
      f" Xvfb with openbox and trayer.")
if os.path.exists(path("elapsed")):
    with open(path("elapsed")) as f:
        print(f"The run took {int(f.read()) / 60:.0f} minutes.")


def draw():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

    xs = SIZES
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 6),
                                      gridspec_kw={"width_ratios": [2.2, 1]})
    series = [
        ("first painted window", [m[n]["window"] for n in xs], "o", "-"),
        ("filter keystroke (worst of 50)", [m[n]["key_worst"] for n in xs], "s", "-"),
        ("list --json", [m[n]["list"] for n in xs], "^", "-"),
        ("token NAME, cached token", [m[n]["token"] for n in xs], "D", "-"),
        ("token NAME --fresh", [m[n]["fresh"] for n in xs], "v", "-"),
    ]
    t_xs = [n for n in xs if n in testall]
    if t_xs:
        series.append(("Test All", [testall[n]["total"] for n in t_xs], "P", "-"))
    for label, ys, marker, style in series:
        left.plot(t_xs if label == "Test All" else xs, ys, marker=marker, linestyle=style,
                  label=label, linewidth=2)
    left.plot(xs, [m[n]["json"] for n in xs], linestyle="--", color="grey", marker=".",
              label="reference: python3 json.load of accounts.json")
    left.axhline(16, color="tab:orange", linestyle=":", linewidth=1)
    left.text(xs[0], 16 * 1.08, "16 ms keystroke goal", color="tab:orange", fontsize=9)
    left.set_xscale("log")
    left.set_yscale("log")
    left.set_xlabel("accounts")
    left.set_ylabel("milliseconds (log scale)")
    left.set_title("Time")
    left.legend(fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=3)

    right.plot(xs, [m[n]["rss"] for n in xs], marker="o", linewidth=2,
               label="window open, start settled (≤ 120 s)")
    right.plot(xs, [m[n]["peak"] for n in xs], marker="^", linestyle="--", label="peak")
    right.axhline(80, color="tab:red", linestyle=":", linewidth=1)
    right.text(xs[0], 81, "80 MB goal", color="tab:red", fontsize=9)
    right.set_xscale("log")
    right.set_ylim(0, max([90] + [m[n]["peak"] * 1.1 for n in xs]))
    right.set_xlabel("accounts")
    right.set_ylabel("RSS, MB")
    right.set_title("Memory")
    right.legend(fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=1)
    for ax in (left, right):
        ax.xaxis.set_major_locator(FixedLocator(xs))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
        ax.grid(True, which="major", alpha=0.3)
    fig.suptitle("TokenDock: how each cost grows with the number of accounts "
                 "(tests/bench/run.sh)", fontsize=12)
    fig.tight_layout()
    fig.savefig(plot_path, dpi=110)


if SIZES:
    draw()
