import torch

ei = torch.tensor([[0, 1, 2], [1, 2, 0]])
und = torch.cat([ei, ei.flip(0)], dim=1)
print(und)
key = und[0] * 10 + und[1]
uniq, inv = torch.unique(key, return_inverse=True)
print(uniq)
print(inv)
print(torch.stack([uniq // 10, uniq % 10]))
