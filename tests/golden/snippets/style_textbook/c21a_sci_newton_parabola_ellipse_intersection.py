# Where does y = x^2 - 1 meet the ellipse x^2/4 + y^2 = 1? Newton with jacfwd.
import torch
from torch.func import jacfwd

def G(p):
    return torch.stack([p[1] - p[0] ** 2 + 1, p[0] ** 2 / 4 + p[1] ** 2 - 1])

for guess in ([1.5, 1.0], [0.5, -0.9]):
    p = torch.tensor(guess, dtype=torch.float64)
    for _ in range(8):
        p = p - torch.linalg.solve(jacfwd(G)(p), G(p))
    print(guess, "->", [f"{c:.10f}" for c in p.tolist()], f"{G(p).abs().max().item():.1e}")
