import torch

a = torch.tensor([1.0, 2.0])
b = torch.tensor([3.0, 4.0])
c = torch.empty(2)
r = torch.add(a, b, out=c)
print(c, r is c)
empty = torch.zeros(0)
torch.mul(a, b, out=empty)
print(empty)
wider = torch.zeros(2, dtype=torch.float64)
torch.sub(a, b, out=wider)
print(wider)
o = torch.empty(2); torch.sin(a, out=o); print(o)
o = torch.empty(3); torch.cat([a, b[:1]], out=o); print(o)
o = torch.empty(2, 2); torch.stack([a, b], out=o); print(o)
o = torch.empty(3, dtype=torch.long); torch.arange(3, out=o); print(o)
torch.manual_seed(0); o = torch.empty(3); torch.randn(3, out=o); print(o)
o = torch.empty(2, dtype=torch.int32); torch.add(torch.tensor([5, 7]), 2, out=o); print(o)
try:
    torch.add(a, b, out=torch.zeros(2, dtype=torch.long))
except RuntimeError as e:
    print("RuntimeError:", e)
w = torch.ones(2, requires_grad=True)
try:
    torch.mul(w, 2, out=torch.empty(2))
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    o = torch.empty(2); torch.mul(w, 2, out=o); print(o)
