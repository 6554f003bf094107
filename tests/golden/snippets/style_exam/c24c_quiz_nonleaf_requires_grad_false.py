# Quiz 18: switching off requires_grad on a non-leaf
import torch

x = torch.ones(2, requires_grad=True)
y = x + 1
try:
    y.requires_grad = False
except RuntimeError as e:
    print("RuntimeError:", e)
z = y.detach()
z.requires_grad = True
print(z.is_leaf, z.requires_grad, y.requires_grad)
