# Examples, tensors: a cubic fitted to exp(x) on [-1, 1] in float64, coefficients in one vector, gradient by hand.
import torch

torch.manual_seed(0)
xs = torch.linspace(-1, 1, 400, dtype=torch.float64)
target = torch.exp(xs)
powers = torch.stack([xs ** k for k in range(4)], dim=1)
coef = torch.randn(4, dtype=torch.float64)
step = 2e-4
for it in range(1200):
    fit = powers @ coef
    resid = fit - target
    sse = resid.square().sum()
    if it % 300 == 299:
        print(it, sse.item())
    coef -= step * (2.0 * powers.T @ resid)
print('coefficients', coef)
print(' + '.join(f'{c.item()} x^{k}' for k, c in enumerate(coef)))
print(coef.dtype, powers.shape, torch.isclose(coef[0], torch.tensor(1.0, dtype=torch.float64), atol=0.05))
