"""Compare SGD, momentum and Adam on the same quadratic."""
import torch

torch.manual_seed(0)
target = torch.tensor([1.0, -2.0])


def train(opt_name: str, steps: int = 25) -> float:
    p = torch.zeros(2, requires_grad=True)
    if opt_name == "sgd":
        opt = torch.optim.SGD([p], lr=0.1)
    elif opt_name == "momentum":
        opt = torch.optim.SGD([p], lr=0.1, momentum=0.9)
    else:
        opt = torch.optim.Adam([p], lr=0.1)
    for _ in range(steps):
        opt.zero_grad()
        loss = ((p - target) ** 2).sum()
        loss.backward()
        opt.step()
    return loss.item()


for name in ["sgd", "momentum", "adam"]:
    print(f"{name:>10}: final loss {train(name):.8f}")
