# orthogonal parametrization: W^T W stays the identity
import torch
from torch.nn.utils.parametrizations import orthogonal
torch.manual_seed(41)
lin = orthogonal(torch.nn.Linear(4, 4))
W = lin.weight
print(torch.allclose(W.T @ W, torch.eye(4), atol=1e-5))
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
lin(torch.randn(2, 4)).pow(2).sum().backward()
opt.step()
W = lin.weight
print(torch.allclose(W.T @ W, torch.eye(4), atol=1e-5))
print([n for n, _ in lin.named_parameters()])
