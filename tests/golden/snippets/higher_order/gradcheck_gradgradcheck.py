import torch

x = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(torch.tanh, (x,)))
print(torch.autograd.gradgradcheck(torch.tanh, (x,)))
print(torch.autograd.gradcheck(lambda t: (t ** 3).sum(), x))
