# Autograder collects points per question and prints a JSON-like summary
import json

import torch

score = {}


def check(name, fn, points):
    try:
        fn()
        score[name] = points
    except AssertionError as e:
        score[name] = 0
        print(f"[{name}] {str(e).splitlines()[0]}")


check("q1", lambda: torch.testing.assert_close(torch.tensor([1.0, 2.0]).mean(), torch.tensor(1.5)), 2)
check("q2", lambda: torch.testing.assert_close(torch.arange(3).sum(), torch.tensor(4)), 3)
check("q3", lambda: torch.testing.assert_close(torch.ones(2, 2).T, torch.ones(2, 2)), 1)
print(json.dumps(score, sort_keys=True), "total:", sum(score.values()))
