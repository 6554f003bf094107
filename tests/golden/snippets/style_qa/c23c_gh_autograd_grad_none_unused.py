# Issue: "autograd.grad crashes for a parameter that is only used in another branch".
import torch

alpha = torch.tensor(0.5, requires_grad=True)
beta = torch.tensor(-1.5, requires_grad=True)
branch = alpha.exp() if alpha > 0 else beta.exp()
try:
    torch.autograd.grad(branch, (alpha, beta), retain_graph=True)
except RuntimeError as err:
    print(err)
grads = torch.autograd.grad(branch, (alpha, beta), allow_unused=True)
print([None if g is None else round(g.item(), 4) for g in grads])
print(alpha.grad, beta.grad)
