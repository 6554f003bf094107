"""Records the golden corpus from real PyTorch 2.13.

    .venv-torch/bin/python tools/record_golden.py                 # every snippet
    .venv-torch/bin/python tools/record_golden.py autograd errors # whole groups
    .venv-torch/bin/python tools/record_golden.py tests/golden/snippets/article/01_create_tensors.py

Each snippet in ``tests/golden/snippets/<group>/<name>.py`` is run through
``tests/golden/runner.py`` (the very runner the test suite replays it with) and the result is
written to ``tests/golden/expected/<group>/<name>.json``. Every snippet runs in a process of its
own, forked from this one right after ``import torch`` (before anything else ran), so what is
recorded is what ``python snippet.py`` shows, whatever state earlier snippets would leave behind
(some PyTorch warnings are shown only once per process).

Options:
  --check       write nothing; report snippets whose recording would change (exit 1 if any)
  --crosscheck  also run each snippet as a plain ``python snippet.py`` and compare its stdout and
                the last line of its traceback with the runner's (checks the runner itself)
  --spawn       start a brand-new interpreter per snippet instead of forking (slow)
  --in-process  run all snippets in this process instead (less faithful)
  --prune       delete expected files whose snippet is gone
  -j N          parallel interpreters (default: CPU count)

Expected outputs are never typed by hand: edit the snippet, then re-run this tool.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SNIPPETS = GOLDEN / "snippets"
EXPECTED = GOLDEN / "expected"
RUNNER = GOLDEN / "runner.py"
REQUIRED_VERSION = "2.13"
FIELDS = ("stdout", "error", "warnings")

_CHILD = """
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("golden_runner", sys.argv[1])
runner = importlib.util.module_from_spec(spec)
spec.loader.exec_module(runner)
result = runner.run_snippet(sys.argv[2])
sys.__stdout__.write(json.dumps(result))
"""


def load_runner():
    spec = importlib.util.spec_from_file_location("golden_runner", RUNNER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_path(snippet: Path) -> Path:
    return EXPECTED / snippet.relative_to(SNIPPETS).with_suffix(".json")


def source_digest(snippet: Path) -> str:
    return hashlib.sha256(snippet.read_bytes()).hexdigest()


def select(args: list[str]) -> list[Path]:
    """Snippets named by group, folder or file; every snippet when ``args`` is empty."""
    if not args:
        return sorted(SNIPPETS.glob("*/*.py"))
    chosen: set[Path] = set()
    for arg in args:
        path = Path(arg)
        candidates = [SNIPPETS / arg, path, ROOT / arg]
        hit = next((c.resolve() for c in candidates if c.exists()), None)
        if hit is None:
            raise SystemExit(f"record_golden: no snippet or group named {arg!r}")
        if hit.is_dir():
            found = sorted(hit.glob("*.py")) or sorted(hit.glob("*/*.py"))
            chosen.update(found)
        elif hit.suffix == ".py":
            chosen.add(hit)
        else:
            raise SystemExit(f"record_golden: {arg!r} is not a .py snippet")
    for snippet in chosen:
        try:
            snippet.relative_to(SNIPPETS)
        except ValueError:
            raise SystemExit(f"record_golden: {snippet} is not under {SNIPPETS}") from None
    return sorted(chosen)


def _run_in_child(snippet: Path) -> dict:
    return load_runner().run_snippet(snippet)


def run_forked(snippets: list[Path], jobs: int) -> list[dict]:
    """The runner's results, each from its own child forked from this (torch-importing) process."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(processes=jobs, maxtasksperchild=1) as pool:
        return pool.map(_run_in_child, snippets, chunksize=1)


def run_fresh(snippet: Path) -> dict:
    """The runner's result for ``snippet`` from a brand-new interpreter."""
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(RUNNER), str(snippet)],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=_child_env(),
    )
    if proc.returncode != 0:
        raise RuntimeError(f"runner crashed on {snippet}:\n{proc.stderr}")
    return json.loads(proc.stdout)


def run_as_script(snippet: Path) -> tuple[str, str | None]:
    """stdout and last traceback line of a plain ``python snippet.py``."""
    runner = load_runner()
    proc = subprocess.run(
        [sys.executable, str(snippet)],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=_child_env(),
    )
    error = None
    if proc.returncode != 0:
        lines = proc.stderr.rstrip("\n").split("\n")
        start = max(i for i, line in enumerate(lines) if line.startswith("Traceback")) if any(
            line.startswith("Traceback") for line in lines) else 0
        # The message is everything after the last indented (frame) line of the traceback.
        tail = lines[start + 1:]
        last_frame = max((i for i, line in enumerate(tail) if line.startswith(" ")), default=-1)
        error = "\n".join(tail[last_frame + 1:])
        error = runner.normalise(error)
    return runner.normalise(proc.stdout), error


def _use_oracle_shims() -> None:
    """Stand in for torchvision, whose wheel cannot be installed beside the oracle's torch.

    ``tools/oracle_shims/torchvision`` rebuilds ``models.resnet18`` from real ``torch.nn`` (see its
    docstring). It goes on the path of this process (forked children inherit it) and of spawned
    interpreters, and only when real torchvision is absent.
    """
    if importlib.util.find_spec("torchvision") is None:
        shims = str(ROOT / "tools" / "oracle_shims")
        sys.path.insert(0, shims)
        os.environ["PYTHONPATH"] = shims + os.pathsep + os.environ.get("PYTHONPATH", "")


def _child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONWARNINGS", None)
    env.pop("PYTHONDEVMODE", None)
    return env


def render(result: dict, snippet: Path, torch_version: str) -> str:
    record = {field: result[field] for field in FIELDS}
    record["source_sha256"] = source_digest(snippet)
    record["torch_version"] = torch_version
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help="groups, group folders or snippet files")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--crosscheck", action="store_true")
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--spawn", action="store_true")
    parser.add_argument("--prune", action="store_true")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    opts = parser.parse_args(argv)

    try:
        import torch  # real PyTorch: this tool is the oracle
    except ImportError:
        print(f"record_golden: needs real PyTorch {REQUIRED_VERSION}.x; "
              "run it with .venv-torch/bin/python", file=sys.stderr)
        return 2
    if not torch.__version__.startswith(REQUIRED_VERSION):
        print(f"record_golden: needs PyTorch {REQUIRED_VERSION}.x, found {torch.__version__}; "
              "run it with .venv-torch/bin/python", file=sys.stderr)
        return 2

    _use_oracle_shims()
    snippets = select(opts.targets)
    if opts.in_process:
        runner = load_runner()
        results = {s: runner.run_snippet(s) for s in snippets}
    elif opts.spawn or not hasattr(os, "fork"):
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
            results = dict(zip(snippets, pool.map(run_fresh, snippets)))
    else:
        results = dict(zip(snippets, run_forked(snippets, max(1, opts.jobs))))

    changed, problems = [], []
    for snippet in snippets:
        rel = snippet.relative_to(SNIPPETS)
        text = render(results[snippet], snippet, torch.__version__)
        target = expected_path(snippet)
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old != text:
            changed.append(rel)
            if opts.check:
                diff = difflib.unified_diff(
                    (old or "").splitlines(True), text.splitlines(True),
                    f"recorded/{rel}", f"now/{rel}")
                sys.stdout.writelines(diff)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8", newline="\n")

    if opts.crosscheck:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
            plain = dict(zip(snippets, pool.map(run_as_script, snippets)))
        for snippet in snippets:
            stdout, error = plain[snippet]
            got = results[snippet]
            if stdout != got["stdout"] or error != got["error"]:
                problems.append(snippet.relative_to(SNIPPETS))
                print(f"crosscheck: {snippet.relative_to(SNIPPETS)} differs from a plain run")
                print(f"  runner: {got['stdout']!r} / {got['error']!r}")
                print(f"  script: {stdout!r} / {error!r}")

    pruned = []
    if opts.prune and not opts.targets:
        for target in sorted(EXPECTED.glob("*/*.json")):
            snippet = SNIPPETS / target.relative_to(EXPECTED).with_suffix(".py")
            if not snippet.exists():
                pruned.append(target)
                if not opts.check:
                    target.unlink()

    verb = "would change" if opts.check else "written"
    print(f"record_golden: {len(snippets)} snippets, {len(changed)} {verb}"
          + (f", {len(pruned)} orphaned expected files {'found' if opts.check else 'removed'}"
             if pruned else "")
          + (f", {len(problems)} crosscheck differences" if opts.crosscheck else ""))
    if opts.check and (changed or pruned):
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
