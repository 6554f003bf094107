# requires_grad on integer data
import torch

try:
    x = torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.tensor([1, 2, 3]).float().requires_grad_()
print(x)
y = torch.arange(3)
try:
    y.requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
