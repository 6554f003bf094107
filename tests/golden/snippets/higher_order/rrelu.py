import torch
import torch.nn as nn
import torch.nn.functional as F

# RReLU: in training every non-positive element draws its own slope from U(lower, upper)
torch.manual_seed(0)
x = torch.randn(4, 6, requires_grad=True)
print(F.rrelu(x))
y = F.rrelu(x, training=True)
print(y)
print(type(y.grad_fn).__name__, y.grad_fn._saved_noise, y.grad_fn._saved_lower, y.grad_fn._saved_training)
y.sum().backward()
print(x.grad)
print(torch.rand(2))  # the generator moved on by one draw per non-positive element
m = nn.RReLU(0.1, 0.3)
print(m, m(torch.randn(3, 5)))
m.eval()
print(m(torch.tensor([-1.0, 2.0])))
(g,) = torch.autograd.grad(F.rrelu(x, training=True).sum(), x, create_graph=True)
print(type(g.grad_fn).__name__, torch.autograd.grad(g.sum(), x))
print(F.rrelu(torch.randn(5, dtype=torch.float64), 0.2, 0.4, training=True))
w = x.detach().clone()
F.rrelu_(w, training=True)
print(w)
print(nn.RReLU(inplace=True))
