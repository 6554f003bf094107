# An input reached only through a detached path counts as unused.
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
out = a * b.detach() + a
try:
    torch.autograd.grad(out, [a, b])
except RuntimeError as err:
    print(err)
print(torch.autograd.grad(a * b.detach() + a, [a, b], allow_unused=True))
