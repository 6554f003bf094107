# zero_grad(set_to_none=True) vs False, grads after step, and optimizer.step with a closure (LBFGS-style API).
import torch

torch.manual_seed(1478)
w = torch.randn(3, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
(w ** 2).sum().backward()
print(w.grad)
opt.zero_grad()
print(w.grad)
(w ** 2).sum().backward()
opt.zero_grad(set_to_none=False)
print(w.grad)


def closure():
    opt.zero_grad()
    loss = ((w - 1) ** 2).sum()
    loss.backward()
    return loss


print(opt.step(closure), w)
lbfgs = torch.optim.LBFGS([w], lr=0.5, max_iter=5)
print(lbfgs.step(closure).item(), w)
