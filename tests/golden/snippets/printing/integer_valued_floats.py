import torch

print(torch.tensor([12.]))
print(torch.tensor([1., 100.]))
print(torch.tensor([-1., 2., -300.]))
print(torch.tensor([1e6, 2.]))
print(torch.tensor([1e7, 2.]))
print(torch.tensor([1e8]))
print(torch.tensor([123456789.]))
print(torch.tensor([0., -0.]))
