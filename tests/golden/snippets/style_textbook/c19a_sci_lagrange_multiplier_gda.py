# gradient descent-ascent on a Lagrangian: min x^2+y^2 s.t. x+y=1
import torch
xy = torch.zeros(2, requires_grad=True)
lam = torch.zeros(1, requires_grad=True)
opt_p = torch.optim.SGD([xy], lr=0.1)
opt_d = torch.optim.SGD([lam], lr=0.1, maximize=True)
for k in range(200):
    opt_p.zero_grad(); opt_d.zero_grad()
    L = (xy ** 2).sum() + lam * (xy.sum() - 1)
    L.backward()
    opt_p.step(); opt_d.step()
print(xy.detach(), lam.detach())
print(opt_d.defaults["maximize"])
