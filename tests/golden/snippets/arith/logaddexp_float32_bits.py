# float32 logaddexp(2) and exp2: max(a, b) + log1p(exp(-|a - b|)) with SLEEF kernels on vector blocks and
# the C library's on the rest of each run; tolist() shows every bit.
import torch

torch.manual_seed(0)
a = torch.randn(45) * 4
b = torch.randn(45) * 4
print(torch.logaddexp(a, b).tolist())
print(torch.logaddexp(a.view(5, 9).t(), torch.tensor(0.5)).tolist())
print(torch.logaddexp(torch.tensor([float("inf"), -float("inf"), 1.0]), torch.tensor([float("inf"), -float("inf"), float("nan")])))
# logaddexp2 and exp2 take SLEEF's exp2f on vector blocks (the C library's exp2f on the rest)
print(torch.logaddexp2(a, b).tolist())
print(torch.exp2(a).tolist())
print(torch.exp2(a.view(5, 9).t()).tolist())
