# Quiz 22: expand then write in-place
import torch

a = torch.tensor([[1.0], [2.0]])
e = a.expand(2, 3)
print(e, e.stride())
try:
    e.add_(1)
except RuntimeError as err:
    print(err)
r = a.repeat(1, 3)
r.add_(1)
print(r)
e2 = a.expand(2, 3).clone()
e2[0, 0] = 9
print(e2, a)
