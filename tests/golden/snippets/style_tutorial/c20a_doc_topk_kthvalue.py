# torch.topk and torch.kthvalue
import torch

x = torch.arange(1., 6.)
print(x)
print(torch.topk(x, 3))
print(torch.topk(x, 2, largest=False))
print(torch.kthvalue(x, 4))
torch.manual_seed(0)
y = torch.randn(2, 5)
print(y)
print(y.topk(k=2, dim=1, sorted=True))
print(torch.kthvalue(y, 2, 0, True))
