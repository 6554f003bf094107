# Exercise: subtract the mean of each row of a matrix
import torch

torch.manual_seed(0)
X = torch.rand(5, 10)
Y = X - X.mean(dim=1, keepdim=True)
print(Y)
print(Y.mean(dim=1).abs().max() < 1e-6)
