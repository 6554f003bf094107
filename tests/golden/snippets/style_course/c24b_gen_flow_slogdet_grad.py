# gradient of log|det W| is W^-T
import torch

W = torch.tensor([[3.0, 1.0], [1.0, 2.0]], dtype=torch.float64, requires_grad=True)
_, logabs = torch.linalg.slogdet(W)
logabs.backward()
print(W.grad.round(decimals=6))
print(torch.allclose(W.grad, torch.linalg.inv(W.detach()).T))
print(logabs.grad_fn.name())
