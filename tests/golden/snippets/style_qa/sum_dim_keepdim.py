# sum over a dimension with and without keepdim, and dividing rows by their sum.
import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.sum(dim=1), x.sum(dim=1).shape)
print(x.sum(dim=1, keepdim=True), x.sum(1, keepdim=True).shape)
print(x / x.sum(dim=1, keepdim=True))
try:
    x / x.sum(dim=1)
except RuntimeError as e:
    print(e)
print(x.sum(0), x.sum(-1))
