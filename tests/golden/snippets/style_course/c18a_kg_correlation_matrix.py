# Feature correlation matrix with torch.corrcoef
import torch

torch.manual_seed(13)
a = torch.randn(100)
b = 2 * a + 0.5 * torch.randn(100)
c = torch.randn(100)
X = torch.stack([a, b, c])
corr = torch.corrcoef(X)
print(corr.round(decimals=3))
print("highly correlated pairs:", (corr.triu(1).abs() > 0.8).nonzero().tolist())
print(torch.cov(X).shape)
