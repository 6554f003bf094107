import torch

t = torch.tensor([1000., 1001., 1002.])
print(torch.softmax(t, dim=0))
print(torch.exp(t) / torch.exp(t).sum())
print(torch.log_softmax(t, dim=0))
