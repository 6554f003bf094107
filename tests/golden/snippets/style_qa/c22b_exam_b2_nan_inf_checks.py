import torch

# Exam B2-18. Classify each value.
v = torch.tensor([1.0, float("inf"), -float("inf"), float("nan"), 0.0]) / torch.tensor([1.0, 1.0, 1.0, 1.0, 0.0])
print(v)
print(torch.isnan(v), torch.isinf(v), torch.isfinite(v))
print(torch.isposinf(v).nonzero().flatten(), torch.isneginf(v).any())
print(v.nansum(), torch.nan_to_num(v, posinf=9.0, neginf=-9.0))
