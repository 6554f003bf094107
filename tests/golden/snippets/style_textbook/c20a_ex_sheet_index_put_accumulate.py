# Practice sheet 2, task 4: assignment with repeated indices
import torch

x = torch.zeros(5)
idx = torch.tensor([0, 1, 1, 3])
x[idx] += 1
print(x)
y = torch.zeros(5)
y.index_put_((idx,), torch.ones(4), accumulate=True)
print(y)
z = torch.zeros(2, 3)
z[torch.tensor([0, 1]), torch.tensor([2, 0])] = torch.tensor([5., 7.])
print(z)
z[:, 1] = torch.tensor([9., 8.])
print(z)
