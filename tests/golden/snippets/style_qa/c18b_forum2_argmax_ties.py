# Q: argmax with ties - first or last index?
import torch

x = torch.tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 2.0]])
print(x.argmax(dim=1))
print(x.max(dim=1))
print(torch.topk(x, k=2, dim=1))
print(x.argmin(), x.flatten().argmin())
print(torch.sort(torch.tensor([2, 1, 2, 1]), stable=True))
