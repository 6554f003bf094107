# Chaining tensor methods (a "data cleaning" example)
import torch

raw = torch.tensor([[1.0, float("nan"), 3.0], [4.0, 5.0, float("inf")]])
clean = raw.nan_to_num(nan=0.0, posinf=10.0)
print(clean)
print(clean.clamp(max=4.5).round().long())
print(clean.T.flatten().unique(sorted=True))
print(clean.sum(dim=0).div(2).tolist())
print(clean.abs().argsort(dim=1, descending=True))
