# Per-sample weights: reduction='none' then a weighted mean
import torch
import torch.nn as nn

torch.manual_seed(7)
pred = torch.randn(6, requires_grad=True)
target = torch.randn(6)
w = torch.tensor([1.0, 1.0, 2.0, 0.5, 0.0, 3.0])
per_sample = nn.MSELoss(reduction="none")(pred, target)
loss = (per_sample * w).sum() / w.sum()
loss.backward()
print(per_sample)
print(f"weighted loss {loss.item():.5f}")
print("grad of the zero-weight sample:", pred.grad[4].item())
