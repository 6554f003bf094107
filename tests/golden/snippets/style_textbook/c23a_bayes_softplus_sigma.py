# sigma = softplus(rho) keeps the posterior scale positive; log1p(exp(rho)) by hand
import torch
import torch.nn.functional as F

rho = torch.tensor([-5.0, -1.0, 0.0, 3.0, 25.0], requires_grad=True)
sigma = F.softplus(rho)
manual = torch.log1p(torch.exp(rho))
print(sigma)
print(manual)
sigma.sum().backward()
print(rho.grad)
print(torch.sigmoid(rho.detach()))
print(F.softplus(torch.tensor([30.0]), beta=1, threshold=20))
