# Section 4.2: SGD with momentum vs Adam on Rosenbrock
import torch


def valley(point):
    return (1 - point[0]) ** 2 + 100 * (point[1] - point[0] ** 2) ** 2


for name, factory in [("sgd+mom", lambda params: torch.optim.SGD(params, lr=1e-4, momentum=0.9)),
                   ("adam", lambda params: torch.optim.Adam(params, lr=0.05))]:
    point = torch.tensor([-1.5, 2.0], dtype=torch.float64, requires_grad=True)
    optim_obj = factory([point])
    for _ in range(300):
        optim_obj.zero_grad()
        val = valley(point)
        val.backward()
        optim_obj.step()
    print(name, round(val.item(), 4), [round(v, 3) for v in point.tolist()])
