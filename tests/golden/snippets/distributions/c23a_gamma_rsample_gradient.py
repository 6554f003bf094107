# Gamma.rsample with parameters that require grad: the implicit reparameterisation gradient (each of ATen's
# three approximations), Chi2 and StudentT through it, and the second derivative PyTorch refuses
import torch
from torch.distributions import Chi2, Gamma, StudentT

a = torch.tensor([2.0, 0.5, 9.0, 30.0, 1.2], requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
torch.manual_seed(0)
v = Gamma(a, b).rsample((3,))
print(v, v.grad_fn.name())
v.sum().backward()
print(a.grad, b.grad)
g, = torch.autograd.grad(Gamma(a, b).rsample().sum(), a, create_graph=True)
print(g.grad_fn.name(), g.grad_fn.next_functions[1][0].name())
try:
    g.sum().backward()
except NotImplementedError as e:
    print("NotImplementedError:", e)
df = torch.tensor([3.0, 5.0], requires_grad=True)
torch.manual_seed(1)
c = Chi2(df).rsample()
c.sum().backward()
print(c, df.grad)
df.grad = None
torch.manual_seed(2)
StudentT(df).rsample((2,)).sum().backward()
print(df.grad)
