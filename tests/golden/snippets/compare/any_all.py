import torch

m = torch.tensor([[True, False], [True, True]])
print(m.any(), m.all())
print(m.all(dim=1))
print(m.any(dim=0))
print(torch.any(torch.tensor([0, 0, 1])))
print(torch.all(torch.tensor([1., 2.]) > 0))
print((torch.tensor([1., 2.]) > 0).all().item())
