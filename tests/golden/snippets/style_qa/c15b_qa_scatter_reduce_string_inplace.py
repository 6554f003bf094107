# Q: scatter_ with reduce='add' / 'multiply' versus scatter_add_.
import torch

idx = torch.tensor([[0, 1, 0], [1, 1, 2]])
src = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
a = torch.ones(2, 3).scatter_(1, idx, src, reduce='add')
print(a)
b = torch.ones(2, 3).scatter_(1, idx, src, reduce='multiply')
print(b)
c = torch.ones(2, 3).scatter_add_(1, idx, src)
print(c, torch.equal(a, c))
d = torch.zeros(2, 3).scatter_(1, torch.tensor([[2], [0]]), 9.0)
print(d)
