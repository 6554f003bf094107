# Q: torch.max(x, 1) returns a tuple: "unsupported operand type(s)" when I use it as a tensor.
import torch

torch.manual_seed(0)
x = torch.randn(3, 4)
out = torch.max(x, 1)
print(out)
print(type(out).__name__, out.values, out.indices)
try:
    out + 1
except TypeError as e:
    print("TypeError:", e)
vals, idx = x.max(dim=1, keepdim=True)
print(vals.shape, idx.shape)
print(torch.max(x), torch.max(x, torch.zeros(4)))
m = x.min(0)
print(m[0], m[1])
print(x.sort(dim=1, descending=True))
print(torch.topk(x, 2))
a, b = x.median(dim=0)
print(a, b)
