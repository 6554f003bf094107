# Q: assigning to .data - what is allowed?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
w.data = torch.zeros(4)
print(w, w.shape, w.requires_grad)
try:
    w.data = torch.tensor([1, 2])
except RuntimeError as e:
    print(e)
w.data = torch.ones(2, dtype=torch.float64)
print(w.dtype, w.requires_grad)
(w * 3).sum().backward()
print(w.grad)
