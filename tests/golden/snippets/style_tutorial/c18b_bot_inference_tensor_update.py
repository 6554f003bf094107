"""Caching predictions made under inference_mode, then trying to update them."""
import torch

model = torch.nn.Linear(2, 1)
with torch.inference_mode():
    cached = model(torch.ones(3, 2))
print(f"cached.is_inference() = {cached.is_inference()}")
try:
    cached.add_(1.0)  # in-place update outside inference mode
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = cached.clone()
print(f"clone is inference: {fresh.is_inference()}")
