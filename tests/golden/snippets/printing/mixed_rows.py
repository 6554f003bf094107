import torch

print(torch.tensor([[0.001, 1000.], [1., 2.]]))
print(torch.tensor([[1., 2.5], [100., 0.]]))
print(torch.tensor([[-1e-3, 5.], [0.5, -0.25]]))
print(torch.tensor([[1e-10, 1.], [1., 1.]]))
