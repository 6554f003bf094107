# Q: adding a residual in place after tanh breaks backward. Which tensor was modified?
import torch

torch.manual_seed(29)
weight = torch.randn(3, 3, requires_grad=True)
inp = torch.full((2, 3), 0.5)
act = torch.tanh(inp @ weight)
act += inp
print(act.grad_fn, act._version)
act.sum().backward()
