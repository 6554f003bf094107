# Exercise 8.B: statistics of empty tensors
import torch

nothing = torch.zeros(0)
checks = {"median": lambda: nothing.median(), "nanmedian": lambda: nothing.nanmedian(),
          "mode": lambda: nothing.mode(), "max": lambda: nothing.max(), "amax": lambda: nothing.amax(),
          "mean": lambda: nothing.mean(), "sum": lambda: nothing.sum(), "prod": lambda: nothing.prod(),
          "std": lambda: nothing.std(), "kthvalue": lambda: nothing.kthvalue(1),
          "aminmax": lambda: torch.aminmax(nothing), "logsumexp": lambda: nothing.logsumexp(0)}
for label, thunk in checks.items():
    try:
        print(label, thunk())
    except (RuntimeError, IndexError) as err:
        print(label, type(err).__name__, err)
