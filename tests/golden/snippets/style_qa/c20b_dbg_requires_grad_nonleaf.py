# setting requires_grad on an intermediate result
import torch

x = torch.ones(2, requires_grad=True)
y = x * 2
try:
    y.requires_grad = False
except RuntimeError as e:
    print("RuntimeError:", e)
y.requires_grad_(True)
print(y.requires_grad)
z = torch.ones(2) * 2
z.requires_grad = True
print(z.is_leaf, z.requires_grad)
