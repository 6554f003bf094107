"""A folder of many small, valid lesson files, for timing ``lessons`` and the menu.

    python benchmarks/lesson_folder.py DIR [--count 10000] [--broken 0]

Each file has a title and summary in both languages and one step of each kind (text, code,
task, quiz), so every part of the loader's validation runs on it. ``--broken N`` makes every
N-th file invalid YAML, to time a folder where some files are reported and skipped.
"""
from __future__ import annotations

import argparse
from pathlib import Path

TEMPLATE = """\
id: bulk-{n:05d}
order: {order}
title:
  tr: "Toplu ders {n}"
  en: "Bulk lesson {n}"
summary:
  tr: "Çok sayıda ders dosyası olan bir klasörü denemek için küçük bir ders."
  en: "A small lesson for trying a folder of very many lesson files."
recap:
  tr: "Geri yayılım `x.grad` alanını doldurur."
  en: "The backward pass fills `x.grad`."
steps:
  - id: intro
    kind: text
    text:
      tr: "Bir tensör oluşturuyoruz."
      en: "We make a tensor."
  - id: make
    kind: code
    code: |
      import torch
      x = torch.tensor([{n}.0], requires_grad=True)
      y = (x * 2).sum()
      print("ready")
    output: |
      ready
  - id: grad
    kind: task
    prompt:
      tr: "`y` için geri yayılımı çalıştır."
      en: "Run the backward pass of `y`."
    check: "x.grad is not None"
    solution: "y.backward()"
    hints:
      - tr: "`y.backward()`"
        en: "`y.backward()`"
  - id: which
    kind: quiz
    question:
      tr: "`x.grad` nedir?"
      en: "What is `x.grad`?"
    choices:
      - id: two
        text: {{tr: "2", en: "2"}}
      - id: zero
        text: {{tr: "0", en: "0"}}
    answer: two
    explanation:
      tr: "y = 2x, türevi 2."
      en: "y = 2x, its derivative is 2."
"""


def lesson_text(n: int) -> str:
    """The YAML of the ``n``-th generated lesson."""
    return TEMPLATE.format(n=n, order=1000 + n)


def make_folder(folder: Path, count: int = 10_000, broken_every: int = 0) -> list[Path]:
    """Writes ``count`` lesson files into ``folder`` (created if needed); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        path = folder / f"bulk-{n:05d}.yaml"
        text = lesson_text(n)
        if broken_every and n % broken_every == 0:
            text = text.replace("steps:\n", "steps: [\n", 1)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--broken", type=int, default=0, help="make every N-th file invalid")
    args = parser.parse_args()
    make_folder(args.folder, args.count, args.broken)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
