# Q: which index does argmax/max return when values tie? The first occurrence; topk and sort behave differently.
import torch

x = torch.tensor([1.0, 3.0, 3.0, 2.0, 3.0])
print(x.argmax(), x.max(dim=0), torch.max(x))
m = torch.tensor([[0.5, 0.5, 0.1], [0.2, 0.7, 0.7], [1.0, 1.0, 1.0]])
print(m.argmax(dim=1), m.max(dim=1).indices, m.argmin(dim=1))
print(torch.topk(x, 3))
print(torch.sort(x, descending=True, stable=True))
print(x.argsort(descending=True, stable=True))
print((x == x.max()).nonzero().flatten())
print(torch.tensor([float("nan"), 1.0, 5.0]).argmax(), torch.tensor([1.0, float("nan")]).max())
print(torch.zeros(4).argmax(), torch.tensor([2, 2, 1]).argmax())
print(m.argmax(), m.view(-1).argmax())
print(torch.unravel_index(m.argmax(), m.shape))
b = torch.tensor([True, False, True])
print(b.int().argmax(), torch.tensor([-0.0, 0.0]).argmax())
