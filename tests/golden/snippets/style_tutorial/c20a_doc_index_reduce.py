# Tensor.index_reduce_ with 'prod', 'mean', 'amax' and include_self
import torch

x = torch.empty(5, 3).fill_(2)
t = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]], dtype=torch.float)
index = torch.tensor([0, 4, 2, 0])
print(x.index_reduce_(0, index, t, 'prod'))
x = torch.empty(5, 3).fill_(2)
print(x.index_reduce_(0, index, t, 'prod', include_self=False))
print(torch.zeros(5, 3).index_reduce_(0, index, t, 'mean'))
print(torch.full((5, 3), 3.).index_reduce_(0, index, t, 'amax', include_self=False))
