# Exponentiated-gradient (mirror descent) keeps portfolio weights on the simplex.
import torch

cov = torch.tensor([[0.10, 0.02, 0.04], [0.02, 0.08, 0.01], [0.04, 0.01, 0.12]])
w = torch.full((3,), 1 / 3, requires_grad=True)
for k in range(200):
    risk = w @ cov @ w
    (g,) = torch.autograd.grad(risk, w)
    with torch.no_grad():
        w_new = w * torch.exp(-2.0 * g)
        w = (w_new / w_new.sum()).requires_grad_()
print([round(v, 4) for v in w.tolist()])
print(round(w.sum().item(), 6), round((w @ cov @ w).item(), 5))
