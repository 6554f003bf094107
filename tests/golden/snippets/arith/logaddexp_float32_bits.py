# float32 logaddexp: max(a, b) + log1p(exp(-|a - b|)) with SLEEF's exp/log1p on vector blocks and
# the C library's on the rest of each run; tolist() shows every bit.
import torch

torch.manual_seed(0)
a = torch.randn(45) * 4
b = torch.randn(45) * 4
print(torch.logaddexp(a, b).tolist())
print(torch.logaddexp(a.view(5, 9).t(), torch.tensor(0.5)).tolist())
print(torch.logaddexp(torch.tensor([float("inf"), -float("inf"), 1.0]), torch.tensor([float("inf"), -float("inf"), float("nan")])))
