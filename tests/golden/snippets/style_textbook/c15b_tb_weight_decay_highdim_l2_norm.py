# Weight decay on 100 features but only 20 samples: penalty strength versus train loss and weight norm.
import torch

gen = torch.Generator().manual_seed(4)
n_samples, n_feat = 20, 100
w_star = torch.full((n_feat, 1), 0.01)
design = torch.randn(n_samples, n_feat, generator=gen)
target = design @ w_star + 0.05 + 0.01 * torch.randn(n_samples, 1, generator=gen)

def fit(decay, iters=100, step=0.003):
    coef = torch.randn(n_feat, 1, generator=gen).requires_grad_()
    intercept = torch.zeros(1, requires_grad=True)
    for _ in range(iters):
        penalty = decay * 0.5 * coef.square().sum()
        obj = 0.5 * (design @ coef + intercept - target).square().mean() + penalty
        dcoef, dint = torch.autograd.grad(obj, [coef, intercept])
        with torch.no_grad():
            coef.sub_(step * dcoef)
            intercept.sub_(step * dint)
    return obj.item(), coef.norm().item()

for decay in (0.0, 3.0, 10.0):
    final, norm = fit(decay)
    print(f'decay {decay:4.1f}: objective {final:.4f}, |w| {norm:.4f}')
