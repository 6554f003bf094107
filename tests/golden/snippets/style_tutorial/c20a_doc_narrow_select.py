# torch.narrow, Tensor.select, narrow_copy and index with a tensor start
import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(torch.narrow(x, 0, 0, 2))
print(torch.narrow(x, 1, 1, 2))
print(torch.narrow(x, -1, torch.tensor(-1), 1))
print(x.select(0, 1), x.select(1, -1))
print(torch.narrow_copy(x, 0, 1, 2))
