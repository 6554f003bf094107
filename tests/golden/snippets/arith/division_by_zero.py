import torch

a = torch.tensor([1., -1., 0.])
print(a / 0)
print(a / torch.tensor([0., 0., 0.]))
print(torch.tensor([1., 0.]) / torch.tensor([-0., 0.]))
print(torch.log(torch.tensor([0.])))
