# Q: index_select vs fancy indexing vs gather
import torch

x = torch.tensor([[10, 11, 12], [20, 21, 22], [30, 31, 32]])
idx = torch.tensor([2, 0])
print(x.index_select(0, idx), x[idx])
print(x.index_select(1, idx), x[:, idx])
print(x.gather(1, torch.tensor([[0], [2], [1]])))
try:
    x.index_select(0, torch.tensor([[0]]))
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
