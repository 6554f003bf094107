# Random normal entries and a tensor from nested lists.
import torch

torch.manual_seed(0)
print(torch.randn(3, 4))
print(torch.tensor([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]]))
print(torch.randn(size=(2, 3)))
print(torch.rand(size=(2,)))
print(torch.normal(0, 1, size=(2, 2)))
