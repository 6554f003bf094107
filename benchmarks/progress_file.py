"""Times a tutor session and the progress store on a progress file with very many entries.

    python benchmarks/progress_file.py [--entries 20000] [--steps 12]

Writes a progress file of ``--entries`` lessons (each with stats, as the tutor saves them) to a
throw-away state folder, then times, in this process: loading the store, one save, listing
every lesson's progress; and, from outside: a scripted ``autograd-tui lesson 01-background``
that goes ``--steps`` steps forward (one save per step) and quits.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def progress_data(entries: int) -> dict:
    lessons = {}
    for n in range(entries):
        lessons[f"bulk-{n:05d}"] = {
            "step": n % 9, "step_id": f"step-{n % 9}", "total": 12, "done": n % 3 == 0,
            "updated": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00+00:00",
            "stats": {"tasks": {"make-y": True, "backward": n % 2 == 0}, "hints": {"make-y": n % 4},
                      "quizzes": {"grad-before": False}}}
    return {"version": 1, "language": "en", "last": "bulk-00000", "lessons": lessons}


def timed(label: str, action, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<40} {best * 1000:9.1f} ms")
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--steps", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-progress-") as folder:
        state = Path(folder) / "state"
        state.mkdir()
        path = state / "progress.json"
        from autograd_tui.tutor.progress import _payload_within_limit

        # as the tutor itself writes it (compact once the indented form would be too large)
        text = _payload_within_limit(progress_data(args.entries)).decode("utf-8")
        path.write_text(text, encoding="utf-8")
        print(f"progress file: {args.entries} entries, {len(text) / 1e6:.1f} MB")
        os.environ["AUTOGRAD_TUI_STATE_DIR"] = str(state)
        from autograd_tui.tutor.progress import ProgressStore

        store = ProgressStore(path)
        timed("load (ProgressStore())", lambda: ProgressStore(path))
        timed("one save (save_lesson)", lambda: store.save_lesson("01-background", step=1, total=12))
        timed("every lesson's progress (lessons())", store.lessons)
        path.write_text(text, encoding="utf-8")
        env = dict(os.environ, AUTOGRAD_TUI_STATE_DIR=str(state), LANG="C.UTF-8", COLUMNS="100")
        session = "".join(":next\n" for _ in range(args.steps)) + ":q\n"

        def tutor() -> None:
            subprocess.run([sys.executable, "-m", "autograd_tui", "--lang", "en", "lesson", "01-background"],
                           input=session.encode(), capture_output=True, env=env, check=True, timeout=600)
        timed(f"tutor session ({args.steps} steps, from outside)", tutor, repeat=1)
        timed("tutor start and quit (from outside)",
              lambda: subprocess.run([sys.executable, "-m", "autograd_tui", "--lang", "en", "lesson",
                                      "01-background"], input=b":q\n", capture_output=True, env=env,
                                     check=True, timeout=600), repeat=1)
        print(f"progress file after: {path.stat().st_size / 1e6:.1f} MB, "
              f"{len(json.loads(path.read_text(encoding='utf-8'))['lessons'])} entries")


if __name__ == "__main__":
    main()
