# Exercise: keep only the top-2 values per row, zero the rest
import torch

torch.manual_seed(11)
x = torch.randn(3, 5)
vals, idx = x.topk(2, dim=1)
mask = torch.zeros_like(x, dtype=torch.bool).scatter_(1, idx, True)
print(x)
print(x * mask)
print(torch.where(mask, x, torch.tensor(float('-inf'))).softmax(dim=1))
