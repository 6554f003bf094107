# Q: "output with shape [3] doesn't match the broadcast shape [3, 3]" for in-place ops; out-of-place works.
import torch

a = torch.zeros(3)
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
c += torch.arange(3.)
c.add_(torch.tensor([[10.], [20.]]))
print(c)
try:
    torch.add(a, b, out=a)
except RuntimeError as e:
    print(e)
out = torch.empty(2)
torch.add(torch.ones(3), 1, out=out)
print(out)
try:
    torch.ones(2, 3).copy_(torch.ones(3, 2))
except RuntimeError as e:
    print(e)
print(torch.zeros(2, 3).copy_(torch.tensor([1., 2., 3.])))
