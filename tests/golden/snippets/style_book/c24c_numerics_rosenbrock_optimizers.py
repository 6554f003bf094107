# Section 4.2: SGD with momentum vs Adam on Rosenbrock
import torch


def rosen(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2


for name, make in [("sgd+mom", lambda ps: torch.optim.SGD(ps, lr=1e-4, momentum=0.9)),
                   ("adam", lambda ps: torch.optim.Adam(ps, lr=0.05))]:
    p = torch.tensor([-1.5, 2.0], dtype=torch.float64, requires_grad=True)
    opt = make([p])
    for _ in range(300):
        opt.zero_grad()
        loss = rosen(p)
        loss.backward()
        opt.step()
    print(name, round(loss.item(), 4), [round(v, 3) for v in p.tolist()])
