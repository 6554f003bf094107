# Quiz D8: logsumexp with +inf and nan inputs
import torch

x = torch.tensor([float("inf"), 1.0], requires_grad=True)
out = torch.logsumexp(x, 0)
out.backward()
print(out, x.grad)
y = torch.tensor([float("nan"), 1.0], requires_grad=True)
torch.logsumexp(y, 0).backward()
print(y.grad)
