import torch

# PCA through the eigenvectors of the covariance matrix
torch.manual_seed(7)
mixing = torch.tensor([[2.0, 0.3, 0.0, 0.1, 0.0],
                       [0.0, 1.0, 0.5, 0.0, 0.2],
                       [0.0, 0.0, 0.4, 0.3, 0.0],
                       [0.0, 0.0, 0.0, 0.2, 0.1],
                       [0.0, 0.0, 0.0, 0.0, 0.1]])
X = torch.randn(200, 5, dtype=torch.float64) @ mixing.double()
Xc = X - X.mean(dim=0)
C = Xc.T @ Xc / (X.shape[0] - 1)
eigenvalues, eigenvectors = torch.linalg.eigh(C)
print(eigenvalues)
print(eigenvectors)
order = eigenvalues.argsort(descending=True)
components = eigenvectors[:, order[:2]]
print(components)
print((Xc @ components)[:4])
print(eigenvalues[order] / eigenvalues.sum())
print(torch.linalg.eigh(C.float(), UPLO="U").eigenvectors)
