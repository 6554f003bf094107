# Q: why are my gradients tiny with mean() and huge with sum()? The 1/N factor, float64 check.
import numpy as np
import torch

rng = np.random.default_rng(12)
X = torch.from_numpy(rng.normal(size=(50, 2)))
y = torch.from_numpy(rng.normal(size=50))
w = torch.zeros(2, dtype=torch.float64, requires_grad=True)
loss_sum = ((X @ w - y) ** 2).sum()
loss_sum.backward()
g_sum = w.grad.clone()
w.grad.zero_()
loss_mean = ((X @ w - y) ** 2).mean()
loss_mean.backward()
print(g_sum)
print(w.grad)
print(g_sum / w.grad)
print(loss_sum.item(), loss_mean.item(), w.grad.dtype)
print(-2 * X.T @ y / 50)
