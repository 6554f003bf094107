# Q: my filtered tensor prints as "tensor([], size=(0, 3))"
import torch

data = torch.arange(6.0).reshape(2, 3)
print(data[data[:, 0] > 10])
print(torch.empty(0))
print(torch.zeros(0, dtype=torch.long))
print(torch.zeros(2, 0))
print(data[data > 10].sum(), data[data > 10].mean())
