import torch

torch.manual_seed(1)
data = torch.randn(50, 2) @ torch.tensor([[2.0, 0.0], [1.2, 0.5]])
centred = data - data.mean(0)
cov = centred.T @ centred / (len(data) - 1)
print(cov)
eigenvalues, eigenvectors = torch.linalg.eigh(cov)
print(eigenvalues)
print(eigenvectors)
print(torch.linalg.eigh(cov))
print(torch.linalg.eigvalsh(cov))
print(eigenvectors.T @ eigenvectors)
