# Comparing autograd with central finite differences, then torch.autograd.gradcheck.
import torch

torch.manual_seed(0)

def f(w, x):
    return torch.tanh(x @ w).pow(2).sum() + 0.5 * (w ** 2).sum()

x = torch.randn(5, 3, dtype=torch.float64)
w = torch.randn(3, 2, dtype=torch.float64, requires_grad=True)
loss = f(w, x)
loss.backward()
analytic = w.grad.clone()

eps = 1e-6
numeric = torch.zeros_like(w)
with torch.no_grad():
    for i in range(w.shape[0]):
        for j in range(w.shape[1]):
            w[i, j] += eps
            plus = f(w, x).item()
            w[i, j] -= 2 * eps
            minus = f(w, x).item()
            w[i, j] += eps
            numeric[i, j] = (plus - minus) / (2 * eps)
print(analytic)
print(numeric)
rel = (analytic - numeric).abs().max() / analytic.abs().max()
print("relative error < 1e-7:", rel.item() < 1e-7)
print(torch.allclose(analytic, numeric, atol=1e-6))

w2 = torch.randn(3, 2, dtype=torch.float64, requires_grad=True)
print("gradcheck:", torch.autograd.gradcheck(lambda w: f(w, x), (w2,)))
print("gradgradcheck:", torch.autograd.gradgradcheck(lambda w: f(w, x), (w2,)))
try:
    torch.autograd.gradcheck(lambda w: f(w, x.float()), (w2.float().detach().requires_grad_(),))
except Exception as e:
    print(type(e).__name__)
