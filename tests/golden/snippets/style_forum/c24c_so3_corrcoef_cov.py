# Q: correlation matrix of features
import torch

data = torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 6.0, 8.5], [4.0, 3.0, 2.0, 1.0]])
print(torch.cov(data))
print(torch.corrcoef(data).round(decimals=4))
print(torch.cov(data, correction=0)[0, 0])
print(torch.cov(torch.tensor([1.0, 2.0, 3.0])))
