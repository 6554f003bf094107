# Indexing tutorial: basic slicing, boolean masks, index_select, take, nonzero, where and masked_scatter.
import torch

t = torch.arange(1, 13).reshape(3, 4)
print(t[1], t[:, -1], t[1:, ::2], t[..., 1:3])
print(t[t % 2 == 0], (t > 5).nonzero(), (t > 5).nonzero(as_tuple=True))
print(t.index_select(1, torch.tensor([0, 3])), torch.take(t, torch.tensor([0, 5, 11])))
print(t[[0, 2], [1, 3]], t[torch.tensor([[0], [2]]), torch.tensor([1, 3])])
print(torch.where(t > 6, t, -t), torch.where(t > 6))
m = t.clone()
m[m > 8] = 0
print(m)
m[:, 0] += 100
print(m)
src = torch.arange(100, 106)
print(torch.zeros(3, 4, dtype=torch.long).masked_scatter(t % 2 == 1, src))
print(t.masked_select(t > 9), t.gather(1, torch.tensor([[3], [0], [1]])))
print(t.argwhere(), t.flip(0)[0], t.roll(1, dims=1)[0])
