import torch
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(0)
x = torch.randn(3, 6, requires_grad=True)
gout = torch.randn(3, 3, requires_grad=True)
(g,) = torch.autograd.grad(F.glu(x), x, gout, create_graph=True)
print(g)
print(type(g.grad_fn).__name__, [type(n).__name__ for n, _ in g.grad_fn.next_functions])
v = torch.randn(3, 6)
hx, hg = torch.autograd.grad(g, (x, gout), v)
print(hx)
print(hg)
