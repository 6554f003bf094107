# Maximum likelihood: the coin-flip likelihood, its log, and gradient ascent on theta with autograd.
import torch

n_H, n_T = 8, 2
theta = torch.arange(0.1, 1.0, 0.1)
likelihood = theta ** n_H * (1 - theta) ** n_T
print(theta)
print(likelihood, theta[likelihood.argmax()])
n_H, n_T = 8675309, 256245
t = torch.tensor(0.5, requires_grad=True)
lr = 1e-9
for it in range(100):
    loss = -(n_H * torch.log(t) + n_T * torch.log(1 - t))
    loss.backward()
    with torch.no_grad():
        t -= lr * t.grad
    t.grad.zero_()
print(t.item(), n_H / (n_H + n_T))
t64 = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
for it in range(100):
    loss = -(n_H * torch.log(t64) + n_T * torch.log(1 - t64))
    loss.backward()
    with torch.no_grad():
        t64 -= lr * t64.grad
    t64.grad.zero_()
print(t64.item(), loss.item())
x = torch.tensor([2.1, 1.9, 2.5, 1.7, 2.3])
print(x.mean(), x.var(unbiased=False), x.var())
