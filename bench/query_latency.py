#!/usr/bin/env python3
"""Whole-command latency of kg's queries on a store, as a user sees it (process start included).

Picks names among the 2,000 most mentioned entities of the store (hubs included), then times
`kg relations --subject X`, `kg neighbors X` and `kg path X Y`, and prints p50 and p99 in ms.

    python3 bench/query_latency.py --kg build/kg --db /tmp/corpus.db --runs 200
"""
import argparse
import json
import random
import subprocess
import time


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kg", default="build/kg")
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    listed = subprocess.run([args.kg, "entities", "--limit", "2000", "--json", "--db", args.db],
                            capture_output=True, text=True, check=True)
    names = [e["id"] for e in json.loads(listed.stdout)["rows"]]
    queries = {
        "relations": lambda: ["relations", "--subject", rng.choice(names), "--json"],
        "neighbors": lambda: ["neighbors", rng.choice(names), "--json"],
        "path": lambda: ["path", rng.choice(names), rng.choice(names), "--json"],
    }
    for name, make in queries.items():
        times = []
        for _ in range(args.runs):
            command = [args.kg] + make() + ["--db", args.db]
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            times.append(1000 * (time.perf_counter() - start))
        print(f"{name:10s} p50 {percentile(times, 50):7.1f} ms   p99 {percentile(times, 99):7.1f} ms   ({args.runs} runs)")


if __name__ == "__main__":
    main()
