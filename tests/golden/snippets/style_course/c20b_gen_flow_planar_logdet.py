# planar flow f(z) = z + u * tanh(w.z + b) and its log|det J|
import torch

torch.manual_seed(9)
u = torch.randn(2, requires_grad=True)
w = torch.randn(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
z = torch.randn(5, 2)
lin = z @ w + b
f = z + u * torch.tanh(lin).unsqueeze(1)
psi = (1 - torch.tanh(lin) ** 2).unsqueeze(1) * w
logdet = torch.log(torch.abs(1 + psi @ u))
print(f.shape, logdet)
J = torch.autograd.functional.jacobian(lambda v: v + u.detach() * torch.tanh(v @ w.detach() + b.detach()), z[0])
print(torch.logdet(J).item() - logdet[0].item() < 1e-5)
logdet.mean().backward()
print(u.grad, b.grad)
