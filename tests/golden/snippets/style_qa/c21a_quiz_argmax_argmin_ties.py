# Quiz: argmax and argmin with repeated values.
import torch

t = torch.tensor([3.0, 7.0, 7.0, 1.0, 1.0])
print(t.argmax(), t.argmin())
m = torch.tensor([[2, 2], [5, 1]])
print(m.argmax(), m.argmax(dim=0), m.argmax(dim=1, keepdim=True))
