# Section 5.11: cleaning nan and inf
import torch

x = torch.tensor([float("nan"), float("inf"), -float("inf"), 1.0])
print(torch.nan_to_num(x))
print(torch.nan_to_num(x, nan=0.0, posinf=1e3, neginf=-1e3))
print(torch.nan_to_num(x.half()))
print(x.isnan(), x.isinf(), x.isfinite(), x.isposinf())
print(torch.isclose(x, x), torch.isclose(x, x, equal_nan=True))
