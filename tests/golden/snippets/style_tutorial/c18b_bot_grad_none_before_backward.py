# Checking gradients before and after backward
import torch

w = torch.tensor([0.5, -0.5], requires_grad=True)
print("Before backward:", w.grad)
hidden = w * 2
out = hidden.sum()
out.backward()
print("After backward:", w.grad)
print("Hidden grad:", hidden.grad)
