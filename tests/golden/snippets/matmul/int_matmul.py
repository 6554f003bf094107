import torch

a = torch.tensor([[1, 2], [3, 4]])
print(a @ a)
print(torch.tensor([1, 2]) @ torch.tensor([3, 4]))
print(a @ torch.tensor([1, 1]))
print(torch.eye(2) @ torch.tensor([[2., 3.], [4., 5.]]))
