# Q: torch.split with a list of sizes that doesn't add up; chunk giving fewer chunks than asked.
import torch

x = torch.arange(10)
print(x.split(3), x.split([2, 3, 5]))
try:
    x.split([2, 3, 4])
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.chunk(4), len(x.chunk(6)), [c.numel() for c in x.chunk(6)])
try:
    x.chunk(0)
except RuntimeError as e:
    print("RuntimeError:", e)
m = torch.arange(12).view(3, 4)
a, b = m.split(2, dim=1)
print(a, b.shape)
print(torch.tensor_split(x, 3), torch.tensor_split(x, [2, 7]))
try:
    m.split(2, dim=2)
except IndexError as e:
    print("IndexError:", e)
print(m.unbind(1)[0], torch.hsplit(m, 2)[1], torch.vsplit(m, [1])[0])
