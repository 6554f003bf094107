import torch

torch.manual_seed(5)
data = torch.randn(200) * 2.0 + 1.0
mu = torch.tensor(0.0, requires_grad=True)
log_sigma = torch.tensor(0.0, requires_grad=True)
for it in range(5):
    sigma = log_sigma.exp()
    nll = (torch.log(sigma) + 0.5 * ((data - mu) / sigma) ** 2).mean()
    gmu, gls = torch.autograd.grad(nll, [mu, log_sigma])
    fisher = torch.diag(torch.stack([1 / sigma ** 2, torch.tensor(2.0)]))
    nat = torch.linalg.solve(fisher.detach(), torch.stack([gmu, gls]))
    with torch.no_grad():
        mu -= 0.5 * nat[0]
        log_sigma -= 0.5 * nat[1]
    print(it, f"{nll.item():.4f}", f"{mu.item():.4f}", f"{log_sigma.exp().item():.4f}")
