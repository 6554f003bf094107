# Several optimizers on the same least-squares problem; final loss after ten steps
import torch

torch.manual_seed(1681)
A = torch.randn(8, 3)
b = torch.randn(8)
makers = {
    "Adamax": lambda p: torch.optim.Adamax(p, lr=0.1),
    "NAdam": lambda p: torch.optim.NAdam(p, lr=0.1),
    "RAdam": lambda p: torch.optim.RAdam(p, lr=0.1),
    "Adadelta": lambda p: torch.optim.Adadelta(p, lr=1.0),
    "ASGD": lambda p: torch.optim.ASGD(p, lr=0.05),
    "Rprop": lambda p: torch.optim.Rprop(p, lr=0.05),
}
for name, make in makers.items():
    x = torch.zeros(3, requires_grad=True)
    opt = make([x])
    for _ in range(10):
        opt.zero_grad()
        loss = ((A @ x - b) ** 2).mean()
        loss.backward()
        opt.step()
    print(f"{name:9s} {loss.item()} {x.data}")
