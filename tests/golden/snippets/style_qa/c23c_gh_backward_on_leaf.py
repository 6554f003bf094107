# Issue: "backward() on a leaf that requires grad" fills its own grad with ones.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
w.sum().backward()
print(w.grad)
s = torch.tensor(3.0, requires_grad=True)
s.backward()
print(s.grad)
n = torch.tensor(3.0)
try:
    n.backward()
except RuntimeError as e:
    print(e)
