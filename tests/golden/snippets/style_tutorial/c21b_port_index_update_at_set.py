# jax x.at[idx].set / .add -> index_put / index_add / scatter_add
import torch

x = torch.zeros(5)
idx = torch.tensor([0, 2, 2])
print(x.index_put((idx,), torch.tensor([1.0, 2.0, 3.0]), accumulate=True))
print(x.index_add(0, idx, torch.tensor([1.0, 2.0, 3.0])))
y = x.clone()
y[idx] = torch.tensor([1.0, 2.0, 3.0])
print(y[0], y[1])
print(torch.zeros(3).scatter_add(0, torch.tensor([1, 1, 0]), torch.tensor([5.0, 6.0, 7.0])))
print(x)
