"""Times eight workloads, on the engine and (optionally) real PyTorch.

    python benchmarks/run.py [--torch-python PATH] [--only NAME ...]
    nice python benchmarks/run.py --trees /tmp/before . /tmp/before [--runs 15] [--only NAME ...]

Each workload in ``benchmarks/workloads/`` is a plain PyTorch script that prints one JSON line
of figures. It runs once under ``autograd-tui run`` (the embedded engine) and once under the
given PyTorch interpreter, in the same invocation, so that the ratio engine ÷ PyTorch comes from
one run on one machine. Start-up is measured from outside: wall time and peak RSS.
``lesson_folder`` times ``lessons`` and the menu over a folder of generated lesson files
(``lesson_folder.py``), on the engine only.

``--trees`` compares checkouts of the engine instead of the engine with PyTorch: this tree's
workload scripts run on each checkout's engine in turn (one BLAS thread, CPU time), ``--runs``
times, and each checkout's median is given with the median of its per-run ratios to the first
checkout and a 95 % bootstrap interval of that median. Name the first checkout twice (A/A) to see
how far two runs of the same code differ on the machine as it is loaded now.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKLOADS = HERE / "workloads"
ENGINE = [sys.executable, "-m", "autograd_tui", "run"]

# The RSS of a child, read by a tiny parent that waits for it (ru_maxrss is in KiB on Linux).
_MEASURE = ("import resource, subprocess, sys, time; t0 = time.perf_counter(); "
            "rc = subprocess.run(sys.argv[1:]).returncode; dt = time.perf_counter() - t0; "
            "print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)")


def timed(cmd: list[str], repeat: int = 5) -> tuple[float, float]:
    """Median wall seconds and peak RSS (MB) of running ``cmd`` to completion."""
    times, rss = [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True,
                             check=True).stdout.split()
        times.append(float(out[0]))
        rss.append(int(out[1]) / 1024)
    return statistics.median(times), max(rss)


def repl_first_prompt(repeat: int = 5) -> tuple[float, float] | None:
    """Seconds until ``autograd-tui repl`` shows its first prompt in a terminal, and RSS then."""
    try:
        import pexpect
    except ImportError:
        return None
    times, rss = [], []
    for _ in range(repeat):
        home = tempfile.mkdtemp()
        env = dict(os.environ, HOME=home, XDG_STATE_HOME=os.path.join(home, "state"),
                   XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "config"),
                   PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm-256color", LANG="en_US.UTF-8")
        t0 = time.perf_counter()
        child = pexpect.spawn(sys.executable, ["-m", "autograd_tui", "repl"], env=env,
                              encoding="utf-8", timeout=30, dimensions=(40, 100))
        child.expect(r">>> ")
        times.append(time.perf_counter() - t0)
        status = Path(f"/proc/{child.pid}/status").read_text()
        rss.append(int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024)  # type: ignore[union-attr]  # Linux has it
        child.sendcontrol("d")
        child.close(force=True)
        shutil.rmtree(home, ignore_errors=True)
    return statistics.median(times), max(rss)


def _fresh_env(home: str) -> dict:
    return dict(os.environ, HOME=home, XDG_STATE_HOME=os.path.join(home, "state"),
                XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "config"),
                PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm-256color", LANG="en_US.UTF-8")


def lesson_folder(count: int, repeat: int = 3) -> list[tuple[str, float]]:
    """Seconds for ``lessons --lessons DIR`` and until the menu's prompt, over ``count`` files.

    Each is timed cold once (a fresh HOME: every file validated, the index written; the
    slowest part of the whole benchmark) and then warm ``repeat`` times (the index of that
    run reused), keeping the median.
    """
    from lesson_folder import make_folder  # a sibling script (benchmarks/ is on sys.path)

    try:
        import pexpect
    except ImportError:
        pexpect = None
    figures: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "lessons"
        make_folder(folder, count)
        time.sleep(2.5)   # why: files younger than 2 s are never indexed (their mtime may repeat)

        def listing(home: str) -> float:
            t0 = time.perf_counter()
            subprocess.run([*ENGINE[:-1], "lessons", "--lessons", str(folder)], env=_fresh_env(home),
                           stdout=subprocess.DEVNULL, check=True)
            return time.perf_counter() - t0

        def menu(home: str) -> float:
            assert pexpect is not None
            t0 = time.perf_counter()
            child = pexpect.spawn(sys.executable, ["-m", "autograd_tui", "--lessons", str(folder)],
                                  env=_fresh_env(home), encoding="utf-8", timeout=300, dimensions=(40, 100))
            child.expect("lesson> ")
            elapsed = time.perf_counter() - t0
            child.sendcontrol("d")
            child.close(force=True)
            return elapsed

        for name, measure in (("lessons", listing), ("menu", menu)):
            if name == "menu" and pexpect is None:
                continue
            home = tempfile.mkdtemp(dir=tmp)
            cold = measure(home)
            warm = [measure(home) for _ in range(repeat)]
            figures.append((f"{name}: {count} lesson files, first run", cold))
            figures.append((f"{name}: {count} lesson files, again", statistics.median(warm)))
    return figures


# Both sides limited to one thread (see docs/performance.md).
ONE_THREAD = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "AUTOGRAD_TUI_BLAS_THREADS": "1"}


def run_workload(prefix: list[str], name: str, env: dict | None = None, cwd: str | None = None) -> dict:
    result = subprocess.run([*prefix, str(WORKLOADS / f"{name}.py")], capture_output=True, text=True,
                            env=dict(os.environ, **env) if env else None, cwd=cwd)
    if result.returncode != 0:
        return {"error": (result.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_pair(engine: list[str], reference: list[str] | None, name: str, rounds: int,
             env: dict | None = None) -> tuple[dict, dict]:
    """Alternate engine and PyTorch runs and keep each side's best figures.

    The machines here are shared and noisy; alternating spreads the noise over both sides, and
    the best of a few rounds is the figure least disturbed by it.
    """
    best_e: dict = {}
    best_r: dict = {}
    for _ in range(rounds):
        for prefix, best in ((engine, best_e), (reference, best_r)):
            if prefix is None:
                continue
            figures = run_workload(prefix, name, env)
            for key, value in figures.items():
                if isinstance(value, (int, float)):
                    best[key] = min(best.get(key, value), value)
                else:
                    best.setdefault(key, value)
    return best_e, best_r


def threaded_rows(name: str, figures: tuple, unit: str, digits: int, bar: str, torch_py: list[str] | None,
                  rounds: int) -> list[tuple[str, str, str, str, str]]:
    """A workload's figures (key, label) on the default threads and on one, engine against PyTorch;
    ``bar`` applies to the one-thread rows."""
    rows = []
    for threads, env in (("", None), (", 1 thread", ONE_THREAD)):
        eng, ref = run_pair(ENGINE, torch_py, name, rounds, env)
        for key, label in figures:
            e, r = eng.get(key), ref.get(key)
            rows.append((f"{name}: {label}{threads}",
                         _fmt(e, unit, digits) if e is not None else eng.get("error", "–"),
                         _fmt(r, unit, digits) if r is not None else ref.get("error", "–" if not torch_py else ""),
                         ratio(e, r), bar if threads else ""))
    return rows


# --trees: the workloads that go through the engine, and the figures of each that are compared
TREE_FIGURES = {"mlp_step": ("ms_per_step",), "article_step": ("us_per_step",),
                "learner_loop": ("regression_us_per_step", "classifier_us_per_step"),
                "deep_chain": ("total_s",), "resnet18": ("forward_backward_s",)}


def compare_trees(trees: list[str], names: list[str], runs: int) -> list[str]:
    """Each workload on each checkout's engine, the checkouts in turn (the order rotated every run
    so that none always runs first), and the lines that sum the figures up."""
    samples: dict[tuple[str, str], list[list[float]]] = {
        (name, key): [[] for _ in trees] for name in names for key in TREE_FIGURES[name]}
    with tempfile.TemporaryDirectory() as bytecode:
        # one BLAS thread and CPU time (step_timing.clock); the bytecode cached outside the
        # checkouts (compiling the engine at every start would double the benchmark's wall time)
        env = dict(ONE_THREAD, BENCH_CLOCK="cpu", PYTHONDONTWRITEBYTECODE="", PYTHONPYCACHEPREFIX=bytecode)
        for run in range(runs):
            for name in names:
                for index in [(run + shift) % len(trees) for shift in range(len(trees))]:
                    tree = os.path.abspath(trees[index])
                    # the checkout as working directory: ``-m`` puts it first on sys.path
                    figures = run_workload(ENGINE, name, dict(env, PYTHONPATH=tree), cwd=tree)
                    if "error" in figures:
                        raise SystemExit(f"{name} failed on {tree}: {figures['error']}")
                    for key in TREE_FIGURES[name]:
                        samples[name, key][index].append(figures[key])
            print(f"run {run + 1}/{runs} done", file=sys.stderr)
    lines = [f"CPU time, one BLAS thread, {runs} runs of each workload on each checkout, in turn"]
    for (name, key), per_tree in samples.items():
        lines.append(f"{name} {key}")
        for index, values in enumerate(per_tree):
            line = f"  {index + 1} {trees[index]:<24} median {statistics.median(values):.4g}"
            if index:
                ratios = [v / first for v, first in zip(values, per_tree[0])]
                low, high = _bootstrap_median(ratios)
                line += f"  ×{statistics.median(ratios):.3f} [{low:.3f}, {high:.3f}] against 1"
            lines.append(line)
    return lines


def _bootstrap_median(values: list[float], draws: int = 4000) -> tuple[float, float]:
    """A 95 % interval of the median of ``values`` (the runs resampled; a fixed seed, so the same
    figures give the same interval)."""
    import random

    rng = random.Random(0)
    medians = sorted(statistics.median(rng.choices(values, k=len(values))) for _ in range(draws))
    return medians[int(0.025 * draws)], medians[int(0.975 * draws) - 1]


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}×" if a is not None and b else "–"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--torch-python", help="a Python interpreter that has real PyTorch")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs per workload (best kept)")
    parser.add_argument("--only", nargs="*", help="workloads to run (startup, article_step, mlp_step, "
                                                  "mlp_adam_step, learner_loop, attention_step, deep_chain, "
                                                  "resnet18, lesson_folder)")
    parser.add_argument("--lesson-files", type=int, default=10_000, help="files for lesson_folder")
    parser.add_argument("--trees", nargs="+", metavar="DIR", help="checkouts whose engines are compared "
                                                                  "(the engine workloads only; name one twice for A/A)")
    parser.add_argument("--runs", type=int, default=15, help="runs of each workload on each checkout (--trees)")
    args = parser.parse_args()
    if args.trees:
        names = [name for name in TREE_FIGURES if not args.only or name in args.only]
        print("\n".join(compare_trees(args.trees, names, args.runs)))
        return 0
    wanted = set(args.only or ["startup", "article_step", "mlp_step", "mlp_adam_step", "learner_loop",
                               "attention_step", "deep_chain", "resnet18", "lesson_folder"])
    torch_py = [args.torch_python] if args.torch_python else None
    rows: list[tuple[str, str, str, str, str]] = []
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")

    if "startup" in wanted:
        eng_t, eng_rss = timed([*ENGINE, str(WORKLOADS / "empty.py")])
        ref_t = ref_rss = None
        if torch_py:
            ref_t, ref_rss = timed([*torch_py, "-c", "import torch"])
        rows.append(("startup: run empty.py vs import torch", f"{eng_t:.3f} s", _fmt(ref_t, "s", 3),
                     ratio(eng_t, ref_t), "≤ 0.25×"))
        rows.append(("peak RSS: run empty.py vs import torch", f"{eng_rss:.0f} MB", _fmt(ref_rss, "MB", 0),
                     ratio(eng_rss, ref_rss), ""))
        first = repl_first_prompt()
        if first:
            rows.append(("repl: first prompt", f"{first[0]:.3f} s", "", "", "≤ 0.4 s"))
            rows.append(("repl: RSS at first prompt", f"{first[1]:.0f} MB", "", "", "≤ 80 MB"))

    specs = [("article_step", "us_per_step", "µs/step", "≤ 1.0× (aim 0.5×)"),
             ("mlp_step", "ms_per_step", "ms/step", "≤ 1.5×"),
             ("mlp_adam_step", "ms_per_step", "ms/step", ""),
             ("deep_chain", "total_s", "s fwd+bwd", "≤ 1.5×"),
             ("resnet18", "forward_backward_s", "s", "≤ 3 s")]
    for name, key, unit, bar in specs:
        if name not in wanted:
            continue
        reference = torch_py if torch_py and name != "resnet18" else None
        eng, ref = run_pair(ENGINE, reference, name, args.rounds)
        e, r = eng.get(key), ref.get(key)
        extra = ""
        if name == "deep_chain" and e is not None:
            extra = f" (fwd {eng['forward_s']:.2f} + bwd {eng['backward_s']:.2f})"
        rows.append((name, _fmt(e, unit, 2) + extra if e is not None else eng.get("error", "–"),
                     _fmt(r, unit, 2) if r is not None else ref.get("error", "–" if not torch_py else ""),
                     ratio(e, r), bar))
        if name == "mlp_step" and torch_py:  # for reference, not a bar: one thread on both sides
            eng1, ref1 = run_pair(ENGINE, torch_py, name, args.rounds, ONE_THREAD)
            e1, r1 = eng1.get(key), ref1.get(key)
            rows.append((f"{name}, both on 1 thread", _fmt(e1, unit, 2), _fmt(r1, unit, 2), ratio(e1, r1), ""))

    if "learner_loop" in wanted:  # two small loops: every product and sum on the exact paths
        # PyTorch's second thread only waits on products this small (and much longer on a busy
        # machine), so the one-thread figures are the fairer comparison.
        rows += threaded_rows("learner_loop", (("regression_us_per_step", "20→64→1 MSE, SGD, batch 64"),
                                               ("classifier_us_per_step", "4→16→3 CE, SGD, batch 32")),
                              "µs/step", 0, "≤ 3×", torch_py, args.rounds)

    if "attention_step" in wanted:  # the fused attention kernel, exact, inside two small training steps
        rows += threaded_rows("attention_step", (("encoder_ms_per_step", "TransformerEncoderLayer 64/4, Adam, 16x32"),
                                                 ("mha_ms_per_step", "MultiheadAttention 32/4, SGD, 8x16")),
                              "ms/step", 2, "", torch_py, args.rounds)

    if "lesson_folder" in wanted:
        for label, seconds in lesson_folder(args.lesson_files):
            rows.append((label, f"{seconds:.2f} s", "", "", "≤ 3 s"))

    widths = [max(len(r[i]) for r in rows + [("workload", "engine", "PyTorch", "ratio", "bar")]) for i in range(5)]
    header = ("workload", "engine", "PyTorch", "ratio", "bar")
    for row in [header] + rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))
    return 0


def _fmt(value, unit: str, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f} {unit}"


if __name__ == "__main__":
    raise SystemExit(main())
