# Issue: "manually bump the version counter" — torch.autograd.graph.increment_version.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
print(y._version)
torch.autograd.graph.increment_version(y)
print(y._version)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
