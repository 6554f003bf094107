import torch

t = torch.tensor([1., 2.])
print(str(t) == repr(t))
print([t, t + 1])
print((t, torch.tensor(3)))
print({"w": torch.tensor([0.5])})
print(repr(torch.tensor(1., requires_grad=True)))
print(t.__repr__())
