# Q: "shape mismatch: value tensor of shape [...] cannot be broadcast to indexing result of shape [...]".
import torch

x = torch.zeros(3, 4)
x[0] = torch.tensor([1., 2., 3., 4.])
x[:, 1] = torch.tensor([7., 8., 9.])
print(x)
try:
    x[:, 0] = torch.tensor([1., 2.])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x[0] = torch.ones(3)
except RuntimeError as e:
    print("RuntimeError:", e)
x[1:] = torch.tensor([5., 6., 7., 8.])
print(x)
x[x > 6] = torch.tensor(0.)
print(x)
try:
    x[torch.tensor([0, 2])] = torch.ones(3, 4)
except RuntimeError as e:
    print("RuntimeError:", e)
x[..., -1] = -1
print(x)
