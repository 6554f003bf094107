# Tensor.index_add_, index_copy_ and index_fill_
import torch

x = torch.ones(5, 3)
t = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
index = torch.tensor([0, 4, 2])
print(x.index_add_(0, index, t))
print(torch.ones(5, 3).index_add_(0, index, t, alpha=-1))
x = torch.zeros(5, 3)
print(x.index_copy_(0, index, t))
x = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
print(x.index_fill_(1, torch.tensor([0, 2]), -1))
