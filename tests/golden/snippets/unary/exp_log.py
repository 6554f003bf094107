import torch

t = torch.tensor([0., 1., 2.])
print(torch.exp(t))
print(t.exp())
print(torch.log(torch.tensor([1., 2.7183, 10.])))
print(torch.tensor([1., 100.]).log())
print(torch.log(torch.tensor([0., -1.])))
print(torch.exp(torch.tensor([100.])), torch.exp(torch.tensor([-200.])))
