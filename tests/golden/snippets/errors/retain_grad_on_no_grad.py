import torch

t = torch.tensor([1., 2.])
t.retain_grad()
