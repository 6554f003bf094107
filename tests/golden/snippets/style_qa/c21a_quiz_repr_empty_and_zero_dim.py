# Quiz: reprs of empty tensors and zero-dim tensors.
import torch

print(torch.ones(3)[3:])
print(torch.ones(4, 2)[:, :0])
print(torch.arange(5)[torch.tensor([], dtype=torch.long)])
print(torch.tensor(-2.5, requires_grad=True) * 2)
print(torch.tensor([1, 2]) > 5, (torch.tensor([1, 2]) > 5).nonzero())
print(torch.ones(0, 2, 2).sum(0))
