# Maximum likelihood: a coin's heads probability by gradient ascent on the log-likelihood.
import torch

n_H, n_T = 8675309, 256245
theta = torch.tensor(0.5, requires_grad=True)
lr = 1e-9
for iter in range(100):
    loss = -(n_H * torch.log(theta) + n_T * torch.log(1 - theta))
    loss.backward()
    with torch.no_grad():
        theta -= lr * theta.grad
    theta.grad.zero_()
print(theta, n_H / (n_H + n_T))
flips = torch.tensor([1, 0, 1, 1, 1, 0, 1, 1, 0, 1], dtype=torch.float64)
t = torch.linspace(0.05, 0.95, 19, dtype=torch.float64)
ll = flips.sum() * torch.log(t) + (len(flips) - flips.sum()) * torch.log(1 - t)
print(t[ll.argmax()], flips.mean())
p = torch.tensor(0.3, requires_grad=True)
opt = torch.optim.Adam([p], lr=0.05)
for _ in range(100):
    opt.zero_grad()
    nll = -(flips * torch.log(p) + (1 - flips) * torch.log(1 - p)).mean()
    nll.backward()
    opt.step()
print(p.item(), nll.item())
