# Exercise 6.F: mean, nansum and nanmean with out= and dtype=
import torch

x = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
for name, kw, odt in [("mean", {"dim": 0}, torch.float64), ("mean", {"dim": 0, "dtype": torch.float64}, torch.float32),
                      ("nansum", {"dim": 1}, torch.float64), ("nanmean", {"dim": 1}, torch.float64),
                      ("mean", {"dim": 1}, torch.int64), ("nansum", {"dim": 0, "dtype": torch.float64}, torch.float64)]:
    out = torch.empty(0, dtype=odt)
    try:
        r = getattr(torch, name)(x, **kw, out=out)
        print(name, r, r is out)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
