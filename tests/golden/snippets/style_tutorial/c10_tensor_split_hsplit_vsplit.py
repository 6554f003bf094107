# tensor_split by sections and by indices, hsplit/vsplit/dsplit, compared with split and chunk.
import torch

x = torch.arange(10)
print(torch.tensor_split(x, 3))
print(x.tensor_split([2, 5]))
print(torch.split(x, 3))
print(x.chunk(3))
print(torch.split(x, [1, 4, 5]))
m = torch.arange(24).reshape(4, 6)
print(torch.hsplit(m, 3)[1])
print([t.shape for t in torch.vsplit(m, [1, 3])])
c = torch.arange(16).reshape(2, 2, 4)
print([t.shape for t in torch.dsplit(c, 2)])
print(torch.tensor_split(m, 4, dim=1))
print(torch.chunk(torch.arange(5), 4))
try:
    torch.split(x, [3, 3])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.hsplit(m, 4)
except RuntimeError as e:
    print("RuntimeError:", e)
a, b = torch.arange(6.0, requires_grad=True).split(3)
(a * 2 + b.sum()).sum().backward()
print(a.grad_fn.name())
