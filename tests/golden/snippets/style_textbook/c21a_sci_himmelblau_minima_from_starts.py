# Himmelblau's function has four minima; Adam finds a different one from each start.
import torch

def himmelblau(p):
    return (p[0] ** 2 + p[1] - 11) ** 2 + (p[0] + p[1] ** 2 - 7) ** 2

for start in [(4.0, 4.0), (-4.0, 4.0), (-4.0, -4.0), (4.0, -4.0)]:
    p = torch.tensor(start, requires_grad=True)
    opt = torch.optim.Adam([p], lr=0.1)
    for _ in range(500):
        opt.zero_grad()
        himmelblau(p).backward()
        opt.step()
    print(start, "->", [round(v, 3) for v in p.tolist()], round(himmelblau(p).item(), 5))
