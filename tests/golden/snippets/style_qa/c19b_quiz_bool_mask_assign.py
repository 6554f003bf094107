# Quiz 79: x[mask] = value and x[mask] += 1
import torch

x = torch.tensor([1, -2, 3, -4])
x[x < 0] = 0
print(x)
x[x > 1] += 10
print(x)
x[torch.tensor([0, 0, 1])] += 1
print(x)
y = torch.zeros(3)
y.index_put_((torch.tensor([0, 0, 1]),), torch.tensor(1.0), accumulate=True)
print(y)
