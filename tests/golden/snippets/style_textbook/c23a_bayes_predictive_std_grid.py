# Posterior predictive band for Bayesian linear regression with a known posterior over (a, b)
import torch

torch.manual_seed(15)
a = 1.0 + 0.1 * torch.randn(200)
b = -0.5 + 0.3 * torch.randn(200)
xs = torch.tensor([-2.0, 0.0, 2.0])
preds = a[:, None] * xs + b[:, None]
print(preds.shape)
print(preds.mean(0))
print(preds.std(0))
q = torch.quantile(preds, torch.tensor([0.05, 0.95]), dim=0)
print(q.shape, (q[1] > q[0]).all())
