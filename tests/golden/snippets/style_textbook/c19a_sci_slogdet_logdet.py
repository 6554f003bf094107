# log-determinant for a Gaussian log-likelihood: slogdet vs logdet vs cholesky
import torch
S = torch.tensor([[4.0, 1.2, 0.3], [1.2, 2.0, 0.5], [0.3, 0.5, 1.0]], dtype=torch.float64, requires_grad=True)
sign, logabs = torch.linalg.slogdet(S)
print(sign, logabs)
print(torch.logdet(S))
L = torch.linalg.cholesky(S)
print(2 * L.diagonal().log().sum())
logabs.backward()
print(torch.allclose(S.grad, torch.linalg.inv(S).T))
print(torch.linalg.slogdet(torch.tensor([[1.0, 2.0], [2.0, 4.0]])))
