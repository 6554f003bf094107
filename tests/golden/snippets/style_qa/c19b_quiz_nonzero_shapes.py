# Quiz 88: nonzero on 1-D, 2-D and all-zero tensors
import torch

print(torch.nonzero(torch.tensor([0, 3, 0, 5])))
print(torch.tensor([[1, 0], [0, 1]]).nonzero())
print(torch.zeros(3).nonzero(), torch.zeros(3).nonzero().shape)
print(torch.tensor(5).nonzero(), torch.tensor(0).nonzero().shape)
print(torch.argwhere(torch.tensor([0.0, -1.0, 2.0])))
print(torch.count_nonzero(torch.tensor([[0, 1], [2, 0]]), dim=0))
