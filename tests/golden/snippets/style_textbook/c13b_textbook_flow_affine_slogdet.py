# Normalising flows chapter: an invertible linear flow, log-likelihood via change of variables and slogdet.
import math
import torch

torch.manual_seed(2)
data = torch.randn(200, 2) @ torch.tensor([[2.0, 0.0], [1.2, 0.5]]) + torch.tensor([1.0, -2.0])
A = torch.eye(2, requires_grad=True)
b = torch.zeros(2, requires_grad=True)
opt = torch.optim.Adam([A, b], lr=0.05)
for step in range(30):
    z = (data - b) @ torch.linalg.inv(A).T
    sign, logabsdet = torch.linalg.slogdet(A)
    log_pz = -0.5 * (z ** 2).sum(1) - math.log(2 * math.pi)
    nll = -(log_pz - logabsdet).mean()
    opt.zero_grad()
    nll.backward()
    opt.step()
    if step % 10 == 0:
        print(step, nll.item(), sign.item())
sign, lad = torch.linalg.slogdet(A.detach())
print(sign, lad, torch.log(torch.abs(torch.det(A.detach()))))
print(b.detach())
M = torch.tensor([[0.0, 1.0], [1.0, 0.0]])
print(torch.linalg.slogdet(M))
print(torch.slogdet(torch.zeros(2, 2)))
print(torch.logdet(torch.tensor([[2.0, 0.0], [0.0, 3.0]])))
