# Quiz: can an integer tensor require grad?
import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print(type(e).__name__, e)
t = torch.arange(3)
try:
    t.requires_grad_()
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.arange(3.0).requires_grad_().dtype)
