# An input that the output does not depend on.
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(5.0, requires_grad=True)
out = a ** 3
try:
    torch.autograd.grad(out, [a, b], retain_graph=True)
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(out, [a, b], allow_unused=True, retain_graph=True))
print(torch.autograd.grad(out, [a, b], allow_unused=True, materialize_grads=True))
