# Several optimizers minimising the same quadratic bowl for 25 steps; final point and loss.
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]])

def loss_fn(p):
    return 0.5 * p @ A @ p - p.sum()

makers = {
    "SGD": lambda ps: torch.optim.SGD(ps, lr=0.1),
    "SGD-nesterov": lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, nesterov=True),
    "Adam": lambda ps: torch.optim.Adam(ps, lr=0.1),
    "Adam-amsgrad": lambda ps: torch.optim.Adam(ps, lr=0.1, amsgrad=True),
    "AdamW": lambda ps: torch.optim.AdamW(ps, lr=0.1),
    "RMSprop": lambda ps: torch.optim.RMSprop(ps, lr=0.05),
    "Adagrad": lambda ps: torch.optim.Adagrad(ps, lr=0.5),
    "NAdam": lambda ps: torch.optim.NAdam(ps, lr=0.1),
    "RAdam": lambda ps: torch.optim.RAdam(ps, lr=0.1),
    "Adamax": lambda ps: torch.optim.Adamax(ps, lr=0.1),
}
for name, make in makers.items():
    p = torch.tensor([2.0, -2.0], requires_grad=True)
    opt = make([p])
    for _ in range(25):
        opt.zero_grad()
        l = loss_fn(p)
        l.backward()
        opt.step()
    print(f"{name:13s} {p.detach()} {loss_fn(p).item():.6f}")
print(torch.linalg.solve(A, torch.ones(2)))
