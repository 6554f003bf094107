# comparing SGD momentum and Adam on Rosenbrock
import torch
def rosen(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2
for name, make in [("sgd", lambda ps: torch.optim.SGD(ps, lr=1e-4, momentum=0.9)),
                   ("adam", lambda ps: torch.optim.Adam(ps, lr=0.05))]:
    p = torch.tensor([-1.2, 1.0], requires_grad=True)
    opt = make([p])
    for _ in range(300):
        opt.zero_grad()
        loss = rosen(p)
        loss.backward()
        opt.step()
    print(name, loss.item(), p.detach())
