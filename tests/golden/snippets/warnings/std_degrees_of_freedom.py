import torch

t = torch.tensor([3.])
print(t.std())
print(t.var())
print(t.std(correction=0))
