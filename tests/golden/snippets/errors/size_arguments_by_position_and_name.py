# Sizes computed with / (a float) or given by name: what repeat, split, view and expand accept.
import torch

x = torch.arange(6.).reshape(2, 3)
n = 4 / 2
attempts = [
    lambda: x.repeat(n, 1),
    lambda: x.repeat((n, 1)),
    lambda: x.repeat(2, -1),
    lambda: x.repeat(-1),
    lambda: x.split([1, n], dim=1),
    lambda: x.split([n, 1], dim=1),
    lambda: x.view(size=6),
    lambda: x.expand(size=(n, 3)),
    lambda: x.repeat(repeats=2),
    lambda: x.repeat(repeats=[2, 1]).shape,
    lambda: x.repeat(int(n), 1).shape,
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
