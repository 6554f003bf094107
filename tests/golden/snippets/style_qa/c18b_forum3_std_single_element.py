# Q: std() of a batch with one sample is nan
import torch

single = torch.tensor([[0.7, 1.2]])
print(single.std(dim=0))
print(single.std(dim=0, unbiased=False))
print(single.var(dim=0, correction=0))
print(torch.tensor([5.0]).std())
