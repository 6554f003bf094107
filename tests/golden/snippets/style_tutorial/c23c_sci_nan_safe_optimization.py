# Checking a loss for non-finite values each step, torch.isfinite on grads.
import torch

p = torch.tensor([0.5, -0.5], dtype=torch.float64, requires_grad=True)
loss = torch.log(p).sum()
loss.backward()
print(loss, torch.isfinite(loss).item())
print(p.grad, torch.isfinite(p.grad))
print(torch.nan_to_num(loss, nan=0.0), torch.isnan(loss))
print(torch.nansum(torch.tensor([1.0, float("nan"), 2.0])), torch.nanmean(torch.tensor([1.0, float("nan"), 3.0])))
