# Second derivatives of activations, compared with closed forms.
import torch

x = torch.tensor([-1.0, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
for name, fn in [('relu', torch.relu), ('sigmoid', torch.sigmoid), ('tanh', torch.tanh), ('softplus', torch.nn.functional.softplus)]:
    (d1,) = torch.autograd.grad(fn(x).sum(), x, create_graph=True)
    (d2,) = torch.autograd.grad(d1.sum(), x, allow_unused=True, materialize_grads=True)
    print(name, d2)
s = torch.sigmoid(x.detach())
print(s * (1 - s) * (1 - 2 * s))
t = torch.tanh(x.detach())
print(-2 * t * (1 - t ** 2))
