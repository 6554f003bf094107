# Q: only floating point tensors can require gradients; torch.arange gives integers.
import torch

try:
    x = torch.arange(3, requires_grad=True)
except RuntimeError as e:
    print(e)
x = torch.arange(3.0, requires_grad=True)
print(x)
try:
    torch.tensor([1, 2]).requires_grad_()
except RuntimeError as e:
    print(e)
print(torch.tensor([1, 2], dtype=torch.float32, requires_grad=True))
print(torch.ones(2, dtype=torch.float16, requires_grad=True).dtype)
