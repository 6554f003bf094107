import torch

t = torch.tensor([1e-5, 1.0, 1e5])
torch.set_printoptions(sci_mode=False)
print(t)
torch.set_printoptions(sci_mode=True)
print(torch.tensor([1., 2.]))
print(torch.tensor(3.5))
torch.set_printoptions(sci_mode=None)
print(t)
