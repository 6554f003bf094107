# Initialization chapter: checking Var[out] = n_in * Var[w] * Var[x].
import torch

torch.manual_seed(0)
n_in, n_out, N = 100, 50, 2000
x = torch.randn(N, n_in)
for sigma in (0.01, 0.1, (1 / n_in) ** 0.5, 1.0):
    W = torch.randn(n_in, n_out) * sigma
    out = x @ W
    print(f"sigma={sigma:.4f} var_out={out.var().item():.4f} predicted={n_in * sigma ** 2:.4f}")
a = (6 / (n_in + n_out)) ** 0.5
W = torch.empty(n_in, n_out).uniform_(-a, a)
print(W.var().item(), 2 / (n_in + n_out))
