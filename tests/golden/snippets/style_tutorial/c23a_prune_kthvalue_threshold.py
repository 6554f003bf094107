# Find the magnitude threshold for 60% sparsity with kthvalue, then with quantile
import torch

w = torch.tensor([[0.3, -0.1, 0.8, 0.05], [-0.6, 0.2, -0.02, 0.4]])
k = int(0.6 * w.numel())
thr = w.abs().flatten().kthvalue(k).values
print(k, thr)
mask = w.abs() > thr
print(mask.int())
print(torch.quantile(w.abs().flatten(), 0.6))
print(w * mask, mask.sum())
