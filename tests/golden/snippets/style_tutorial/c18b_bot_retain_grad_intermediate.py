"""Looking at gradients of intermediate values with retain_grad()."""
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
h.retain_grad()  # keep h.grad after backward
y = (h ** 2).mean()
y.backward()
print(f"dy/dh = {h.grad}")
print(f"dy/dx = {x.grad}")
print(f"h.is_leaf = {h.is_leaf}, h.retains_grad = {h.retains_grad}")
