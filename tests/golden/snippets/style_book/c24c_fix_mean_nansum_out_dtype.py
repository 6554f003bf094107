# Section 6.G (proof for the engine fix): mean/nansum/nanmean out= dtype checks
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
xi = torch.tensor([[1, 2], [3, 5]])
for name, inp, kw, odt in [("mean", x, {"dim": 0}, torch.float64), ("mean", x, {"dim": 0, "dtype": torch.float64}, torch.float32),
                           ("nansum", x, {"dim": 1}, torch.float64), ("nanmean", x, {"dim": 1}, torch.float64),
                           ("mean", x, {"dim": 1}, torch.int64), ("nansum", x, {"dim": 0, "dtype": torch.float64}, torch.float64),
                           ("mean", xi, {"dim": 1}, torch.float32), ("nansum", xi, {"dim": 1}, torch.float32), ("nanmean", xi, {"dim": 1}, torch.float32),
                           ("mean", x, {"dim": 1}, torch.float16), ("nanmean", x, {"dim": 1, "dtype": torch.float64}, torch.float32),
                           ("mean", xi, {"dim": 1, "dtype": torch.float32}, torch.float32), ("nansum", xi, {"dim": 1}, torch.int32)]:
    out = torch.empty(0, dtype=odt)
    try:
        r = getattr(torch, name)(inp, **kw, out=out)
        print(name, r, r is out)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
