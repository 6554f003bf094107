# Q: "only one element tensors can be converted to Python scalars"
import torch

losses = torch.tensor([0.25, 0.75])
try:
    total = float(losses)
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
try:
    losses.item()
except RuntimeError as e:
    print(e)
print(float(losses.mean()), losses.sum().item(), round(losses[1].item(), 2))
