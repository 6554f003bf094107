# Covariance and correlation of measured variables (rows are variables).
import torch

obs = torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 6.0, 8.5], [4.0, 3.0, 2.0, 1.0]], dtype=torch.float64)
print(torch.cov(obs))
print(torch.corrcoef(obs).round(decimals=6))
print(torch.cov(obs, correction=0)[0, 0])
w = torch.tensor([1, 1, 2, 2])
print(torch.cov(obs, fweights=w)[0])
