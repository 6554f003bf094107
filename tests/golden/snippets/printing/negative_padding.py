import torch

print(torch.tensor([-1., 2.]))
print(torch.tensor([[-1.5, 2.25], [3., -40.]]))
print(torch.tensor([-1, 20, -300]))
print(torch.tensor([[True, False], [False, True]]))
print(torch.tensor([[1, -1], [10, -10]]))
