# Q: assigning a .grad that itself requires grad, or of another device type
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
g = torch.tensor([0.5, 0.5], requires_grad=True)
w.grad = g * 2
print(w.grad, w.grad.requires_grad)
w.grad = None
try:
    w.grad = torch.tensor([1, 2])
except RuntimeError as e:
    print(e)
try:
    w.grad = [1.0, 2.0]
except TypeError as e:
    print(e)
