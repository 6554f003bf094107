# Setting requires_grad=False on a non-leaf raises; detach instead.
import torch

x = torch.tensor([1.0], requires_grad=True)
y = x * 2
try:
    y.requires_grad = False
except RuntimeError as e:
    print("RuntimeError:", e)
y.requires_grad_(True)
print(y.requires_grad)
try:
    y.requires_grad_(False)
except RuntimeError as e:
    print("RuntimeError:", e)
x.requires_grad = False
print(x.requires_grad, y.requires_grad)
