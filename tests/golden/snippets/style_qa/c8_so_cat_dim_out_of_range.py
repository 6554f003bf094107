# Q: "Dimension out of range" in cat/softmax/sum and what the [-n, n-1] range means.
import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 3)
print(torch.cat([a, b], dim=0).shape, torch.cat([a, b], dim=-1).shape)
try:
    torch.cat([a, b], dim=2)
except IndexError as e:
    print("IndexError:", e)
try:
    a.sum(dim=-3)
except IndexError as e:
    print("IndexError:", e)
v = torch.arange(4.)
try:
    v.softmax(dim=1)
except IndexError as e:
    print("IndexError:", e)
print(torch.stack([a, b], dim=2).shape)
try:
    torch.stack([a, b], dim=4)
except IndexError as e:
    print("IndexError:", e)
try:
    a.transpose(0, 2)
except IndexError as e:
    print("IndexError:", e)
s = torch.tensor(5.0)
print(s.sum(dim=0), s.unsqueeze(0).shape, s.dim())
try:
    s.size(1)
except IndexError as e:
    print("IndexError:", e)
