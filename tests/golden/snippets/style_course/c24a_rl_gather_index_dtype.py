# gather with the wrong index dtype or shape
import torch

q = torch.arange(6.0).reshape(3, 2)
a = torch.tensor([0, 1, 1], dtype=torch.int32)
try:
    q.gather(1, a.unsqueeze(1))
except RuntimeError as e:
    print(e)
try:
    q.gather(1, a.long())
except RuntimeError as e:
    print(e)
print(q.gather(1, a.long().unsqueeze(-1)))
print(q.gather(1, a.long().view(-1, 1)).flatten())
try:
    q.gather(1, torch.tensor([[2], [0], [0]]))
except RuntimeError as e:
    print(e)
