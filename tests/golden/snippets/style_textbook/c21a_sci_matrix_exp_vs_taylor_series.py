# matrix_exp of a rotation generator vs a truncated Taylor series.
import torch

theta = 0.9
G = torch.tensor([[0.0, -theta], [theta, 0.0]], dtype=torch.float64)
E = torch.linalg.matrix_exp(G)
S = torch.eye(2, dtype=torch.float64)
term = torch.eye(2, dtype=torch.float64)
for k in range(1, 12):
    term = term @ G / k
    S = S + term
print(E)
print(f"{(E - S).abs().max().item():.1e}")
print(torch.cos(torch.tensor(theta, dtype=torch.float64)).item(), E[0, 0].item())
