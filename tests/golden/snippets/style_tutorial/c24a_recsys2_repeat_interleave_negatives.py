# Expanding each positive pair into k negatives with repeat_interleave
import torch

users = torch.tensor([3, 7])
k = 3
g = torch.Generator().manual_seed(29)
u_rep = users.repeat_interleave(k)
negs = torch.randint(0, 10, (len(users) * k,), generator=g)
print(u_rep)
print(negs.view(-1, k))
print(torch.repeat_interleave(torch.tensor([1, 2]), torch.tensor([2, 3])))
print(users.repeat(k), users.unsqueeze(1).expand(-1, k).reshape(-1))
try:
    torch.repeat_interleave(users, torch.tensor([1, 2, 3]))
except RuntimeError as e:
    print(e)
