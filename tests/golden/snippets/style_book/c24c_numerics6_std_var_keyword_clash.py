# Exercise 8.H: unbiased and correction together
import torch

x = torch.tensor([1.0, 2.0, 4.0, 7.0])
for kw in ({"unbiased": False}, {"correction": 2}, {"unbiased": True, "correction": 1}, {"dim": 0, "correction": 0.5}):
    for fn in (torch.std, torch.var, torch.std_mean):
        try:
            r = fn(x, **kw)
            print(fn.__name__, kw, r)
        except (TypeError, RuntimeError) as e:
            print(fn.__name__, kw, type(e).__name__, str(e).splitlines()[0])
