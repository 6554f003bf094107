# Inputs created under inference_mode cannot join an attack's autograd graph
import torch

with torch.inference_mode():
    x = torch.rand(3)
print(x.is_inference(), x.requires_grad)
try:
    x.requires_grad_(True)
except RuntimeError as e:
    print("RuntimeError:", e)
x2 = x.clone()
x2.requires_grad_(True)
(x2 * x2).sum().backward()
print(x2.is_inference(), torch.equal(x2.grad, 2 * x))
