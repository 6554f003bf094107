# Q: "output with shape [3] doesn't match the broadcast shape [3, 3]" for in-place ops that would need to grow.
import torch

a = torch.ones(3)
b = torch.ones(3, 1)
print((a + b).shape)
try:
    a += b
except RuntimeError as e:
    print(e)
try:
    a.mul_(torch.ones(2, 3))
except RuntimeError as e:
    print(e)
c = torch.zeros(2, 3)
c += torch.tensor([1.0, 2.0, 3.0])
print(c)
try:
    c += torch.tensor([1.0, 2.0])
except RuntimeError as e:
    print(e)
c += torch.tensor([[10.0], [20.0]])
print(c)
try:
    torch.add(torch.ones(3), torch.ones(3, 3), out=torch.empty(3))
except RuntimeError as e:
    print(e)
out = torch.empty(2)
torch.add(torch.ones(3), torch.ones(3), out=out)
print(out)
