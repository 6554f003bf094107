import torch

t = torch.tensor([-2., -0.5, 0.5, 2.])
print(torch.clamp(t, min=0))
print(t.clamp(-1, 1))
print(t.clamp(max=0.5))
print(torch.clamp(t, min=-1., max=1.))
print(torch.clip(t, 0, 1))
print(torch.clamp(torch.tensor([1, 5, 9]), 2, 6))
t.clamp_(min=0)
print(t)
