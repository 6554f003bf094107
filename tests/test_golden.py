"""Replays the golden corpus on the embedded engine and compares with what PyTorch printed.

Every ``tests/golden/snippets/<group>/<name>.py`` that has a recording in
``tests/golden/expected/<group>/<name>.json`` (made by ``tools/record_golden.py`` under real
PyTorch 2.13) is run in-process with ``import torch`` aliased to ``autograd_tui.engine``; its
stdout, uncaught error and warnings must equal the recording exactly.

A few cases are known to differ on the engine today. ``tests/golden/known_differences.json``
lists them, each with the kind of difference and what differs; they run as
``xfail(strict=True)``, so the suite stays green while a difference is open, and a case that
starts to match fails loudly until its entry is removed from the list.

This module never needs torch. To check the harness itself against real PyTorch, run it as a
script with the torch venv, which replays every snippet on real torch instead of the engine:

    .venv-torch/bin/python tests/test_golden.py            # all must pass there
    .venv-torch/bin/python tests/test_golden.py autograd   # only some groups / names

(``GOLDEN_BACKEND=torch`` does the same under pytest, where pytest is installed.)
"""
from __future__ import annotations

import difflib
import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

try:
    import pytest
except ImportError:  # the torch venv has no pytest; the __main__ block below needs none
    pytest = None

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLDEN = HERE / "golden"
SNIPPETS = GOLDEN / "snippets"
EXPECTED = GOLDEN / "expected"
FIELDS = ("stdout", "error", "warnings")
KNOWN_DIFFERENCES = GOLDEN / "known_differences.json"
# The kinds a known difference may have, from the most to the least serious for a learner.
DIFFERENCE_KINDS = (
    "wrong value",                        # the engine prints another value, or accepts what PyTorch refuses
    "missing API",                        # the engine lacks a function, keyword or module PyTorch has
    "wrong error message",                # both fail, with different types or messages
    "wrong repr/warning",                 # same values, printed or warned about differently
    "last digits of matrix products",     # float rounding in mm/addmm/matmul and what follows
    "other last digits",                  # float rounding anywhere else
)


def _load_runner():
    spec = importlib.util.spec_from_file_location("golden_runner", GOLDEN / "runner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


runner = _load_runner()


def recorded_cases() -> list[str]:
    """``group/name`` of every snippet that has an expected file."""
    return sorted(
        str(p.relative_to(SNIPPETS).with_suffix("")).replace(os.sep, "/")
        for p in SNIPPETS.glob("*/*.py")
        if (EXPECTED / p.relative_to(SNIPPETS).with_suffix(".json")).exists()
    )


def known_differences() -> dict[str, dict[str, str]]:
    """``group/name`` -> ``{"kind": ..., "reason": ...}`` for cases known to differ on the engine."""
    if not KNOWN_DIFFERENCES.exists():
        return {}
    return json.loads(KNOWN_DIFFERENCES.read_text(encoding="utf-8"))


def use_backend(backend: str | None = None) -> None:
    """Makes ``import torch`` mean the engine, unless the backend is real ``torch``."""
    backend = backend or os.environ.get("GOLDEN_BACKEND", "embedded")
    if backend == "torch":
        return
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from autograd_tui import torch_alias

    torch_alias.install()


def _block(title: str, expected: str, actual: str) -> str:
    diff = difflib.unified_diff(
        expected.splitlines(True), actual.splitlines(True), "expected (PyTorch)", "actual")
    lines = []
    for line in diff:
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end\n")
    return f"--- {title} differs ---\n" + "".join(lines)


def _run_fresh(snippet: Path) -> dict:
    """``run_snippet`` in a brand-new interpreter (whose torch has shown no warning yet)."""
    import subprocess

    child = ("import importlib.util, json, sys\n"
             "spec = importlib.util.spec_from_file_location('golden_runner', sys.argv[1])\n"
             "runner = importlib.util.module_from_spec(spec)\n"
             "spec.loader.exec_module(runner)\n"
             "sys.__stdout__.write(json.dumps(runner.run_snippet(sys.argv[2])))\n")
    proc = subprocess.run([sys.executable, "-c", child, str(GOLDEN / "runner.py"), str(snippet)],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    return json.loads(proc.stdout)


def compare(case: str, run=None) -> str | None:
    """Runs one case; returns None when it matches its recording, else a readable report."""
    snippet = SNIPPETS / f"{case}.py"
    record = json.loads((EXPECTED / f"{case}.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256(snippet.read_bytes()).hexdigest()
    if record.get("source_sha256") != digest:
        return (f"{case}: the snippet changed since it was recorded; re-record it with\n"
                f"  .venv-torch/bin/python tools/record_golden.py {case}.py")
    actual = (run or runner.run_snippet)(snippet)
    parts = []
    if actual["stdout"] != record["stdout"]:
        parts.append(_block("stdout", record["stdout"], actual["stdout"]))
    if actual["error"] != record["error"]:
        parts.append(f"--- error differs ---\n  expected: {record['error']}\n"
                     f"  actual:   {actual['error']}\n")
    if actual["warnings"] != record["warnings"]:
        parts.append(_block("warnings", "".join(w + "\n" for w in record["warnings"]),
                            "".join(w + "\n" for w in actual["warnings"])))
    if not parts:
        return None
    return f"{case} ({snippet.relative_to(ROOT)}):\n" + "".join(parts)


if pytest is not None:

    def _cases_with_marks() -> list:
        known = known_differences()
        params = []
        for case in recorded_cases():
            entry = known.get(case)
            marks = () if entry is None else pytest.mark.xfail(
                strict=True, reason=f"known difference ({entry['kind']}): {entry['reason']}")
            params.append(pytest.param(case, marks=marks))
        return params

    @pytest.mark.parametrize("case", _cases_with_marks())
    def test_golden(case: str) -> None:
        use_backend()
        problem = compare(case)
        if problem:
            pytest.fail(problem, pytrace=False)

    def test_every_snippet_is_recorded() -> None:
        snippets = {p.relative_to(SNIPPETS).with_suffix("") for p in SNIPPETS.glob("*/*.py")}
        records = {p.relative_to(EXPECTED).with_suffix("") for p in EXPECTED.glob("*/*.json")}
        missing = sorted(str(p) for p in snippets - records)
        orphans = sorted(str(p) for p in records - snippets)
        assert not missing, ("snippets without a recording (run .venv-torch/bin/python "
                             f"tools/record_golden.py): {missing}")
        assert not orphans, f"recordings without a snippet (delete or --prune): {orphans}"

    def test_known_differences_are_well_formed() -> None:
        known = known_differences()
        cases = set(recorded_cases())
        problems = [f"{case}: no such recorded case" for case in known if case not in cases]
        for case, entry in known.items():
            if set(entry) != {"kind", "reason"}:
                problems.append(f"{case}: needs exactly 'kind' and 'reason', has {sorted(entry)}")
            elif entry["kind"] not in DIFFERENCE_KINDS:
                problems.append(f"{case}: kind {entry['kind']!r} is not one of {DIFFERENCE_KINDS}")
            elif not entry["reason"].strip():
                problems.append(f"{case}: the reason is empty")
        assert not problems, "tests/golden/known_differences.json:\n" + "\n".join(problems)

    def test_snippet_names_do_not_shadow_modules() -> None:
        # `python snippets/convert/numpy.py` would import itself as numpy.
        taken = set(sys.stdlib_module_names) | {"torch", "torchvision", "numpy"}
        clashes = sorted(str(p.relative_to(SNIPPETS)) for p in SNIPPETS.glob("*/*.py")
                         if p.stem in taken)
        assert not clashes, f"snippet names that shadow a module when run as scripts: {clashes}"

    def test_snippet_names_are_not_collected_as_tests() -> None:
        # pytest collects test_*.py and *_test.py under tests/: a snippet imports torch, which
        # the suite never has, so such a name breaks the whole run at collection.
        collected = sorted(str(p.relative_to(SNIPPETS)) for p in SNIPPETS.glob("*/*.py")
                           if p.name.startswith("test_") or p.name.endswith("_test.py"))
        assert not collected, f"snippet names pytest would collect as test files: {collected}"


def main(argv: list[str]) -> int:
    """Replays the corpus without pytest; ``--backend embedded|torch`` (default: torch)."""
    backend = "torch"
    if argv[:1] == ["--backend"]:
        backend, argv = argv[1], argv[2:]
    use_backend(backend)
    cases = [c for c in recorded_cases()
             if not argv or any(c == a or c.startswith(a.rstrip("/") + "/") for a in argv)]
    known = known_differences() if backend != "torch" else {}
    failed = retried = expected_failures = 0
    for case in cases:
        try:
            problem = compare(case)
            if problem and backend == "torch" and "--- warnings differs" in problem:
                # Real torch shows some warnings once per process (TORCH_WARN_ONCE) and cannot
                # forget it did; the recordings come from one fresh process per snippet.
                retried += 1
                problem = compare(case, run=_run_fresh)
        except Exception as exc:  # noqa: BLE001 - a harness crash is a failure too
            problem = f"{case}: harness raised {type(exc).__name__}: {exc}"
        if case in known:
            if problem:
                expected_failures += 1
                continue
            problem = f"{case}: listed in known_differences.json but now matches; remove it there"
        if problem:
            failed += 1
            print(problem)
    note = f" ({retried} warn-once cases re-run in a fresh interpreter)" if retried else ""
    if expected_failures:
        note += f" ({expected_failures} known differences)"
    passed = len(cases) - failed - expected_failures
    print(f"golden ({backend}): {passed} passed, {failed} failed{note}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
