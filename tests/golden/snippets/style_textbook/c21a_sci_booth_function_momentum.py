# Booth function: SGD with and without momentum after the same number of steps.
import torch

def booth(p):
    return (p[0] + 2 * p[1] - 7) ** 2 + (2 * p[0] + p[1] - 5) ** 2

for momentum in [0.0, 0.9]:
    p = torch.zeros(2, requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.01, momentum=momentum)
    for _ in range(100):
        opt.zero_grad()
        booth(p).backward()
        opt.step()
    print(momentum, [round(v, 4) for v in p.tolist()], f"{booth(p).item():.2e}")
