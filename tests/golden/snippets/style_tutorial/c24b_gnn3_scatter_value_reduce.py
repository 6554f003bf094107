# Tensor.scatter_ with a scalar value and reduce='add'/'multiply'
import torch

out = torch.ones(2, 4)
index = torch.tensor([[0, 1, 1], [3, 3, 0]])
print(out.clone().scatter_(1, index, 2.0, reduce="add"))
print(out.clone().scatter_(1, index, 3.0, reduce="multiply"))
print(out.clone().scatter_(1, index, torch.full((2, 3), 5.0), reduce="add"))
print(torch.zeros(2, 4).scatter(1, index, 7.0))
