# register_hook on an intermediate tensor to inspect and rescale its gradient
import torch

torch.manual_seed(2)
x = torch.randn(4, requires_grad=True)
h = torch.sin(x) * 2
seen = []
def inspect(g):
    seen.append(g.clone())
    return g * 0.5
handle = h.register_hook(inspect)
(h ** 2).sum().backward()
print(seen[0])
print(x.grad)
print(torch.allclose(x.grad, 0.5 * seen[0] * 2 * torch.cos(x)))
handle.remove()
x.grad = None
h2 = torch.sin(x) * 2
(h2 ** 2).sum().backward()
print(x.grad, len(seen))
