import torch

torch.manual_seed(7)
n = 200
x = torch.zeros(n)
eps = torch.randn(n) * 0.5
for t in range(1, n):
    x[t] = 0.8 * x[t - 1] + eps[t]
phi = torch.tensor(0.0, requires_grad=True)
opt = torch.optim.SGD([phi], lr=0.5)
for it in range(30):
    opt.zero_grad()
    loss = ((x[1:] - phi * x[:-1]) ** 2).mean()
    loss.backward()
    opt.step()
print(f"phi {phi.item():.4f}")
ols = (x[1:] @ x[:-1]) / (x[:-1] @ x[:-1])
print(f"ols {ols.item():.4f}")
