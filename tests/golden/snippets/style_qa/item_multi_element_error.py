# .item() only works for one-element tensors.
import torch

loss = torch.tensor([0.25, 0.75])
try:
    loss.item()
except RuntimeError as e:
    print(type(e).__name__, e)
print(loss.mean().item())
print(torch.tensor([[3.5]]).item())
try:
    float(loss)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
