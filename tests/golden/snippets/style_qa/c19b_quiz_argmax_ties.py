# Quiz 12: ties in argmax / argmin / max(dim)
import torch

x = torch.tensor([2, 5, 5, 1, 1])
print(x.argmax(), x.argmin())
print(torch.max(x, 0))
print(torch.min(x, dim=0))
m = torch.tensor([[1.0, 1.0], [0.0, 0.0]])
print(m.argmax(dim=1), m.argmax(dim=0), m.argmax())
print(torch.mode(torch.tensor([3, 1, 3, 1])))
