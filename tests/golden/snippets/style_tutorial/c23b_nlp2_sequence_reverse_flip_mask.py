import torch

x = torch.tensor([[1, 2, 3, 0, 0], [4, 5, 6, 7, 0]])
lengths = torch.tensor([3, 4])
print(x.flip(1))
idx = torch.arange(5).expand(2, 5)
rev_idx = torch.where(idx < lengths[:, None], lengths[:, None] - 1 - idx, idx)
print(rev_idx)
print(x.gather(1, rev_idx))
