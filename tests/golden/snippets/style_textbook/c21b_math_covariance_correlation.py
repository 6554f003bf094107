# covariance and correlation matrices by hand vs torch.cov / torch.corrcoef
import torch

data = torch.tensor([[1.0, 2.0, 3.0, 4.0, 5.0], [2.0, 4.1, 6.2, 7.9, 10.1], [5.0, 3.0, 4.0, 1.0, 2.0]])
centered = data - data.mean(dim=1, keepdim=True)
cov = centered @ centered.T / (data.shape[1] - 1)
print(torch.allclose(cov, torch.cov(data)))
std = cov.diag().sqrt()
corr = cov / torch.outer(std, std)
print(corr)
print(torch.allclose(corr, torch.corrcoef(data), atol=1e-6))
print(torch.cov(data, correction=0))
