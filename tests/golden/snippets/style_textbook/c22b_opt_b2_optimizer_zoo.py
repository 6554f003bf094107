import torch

torch.manual_seed(0)
start = torch.randn(3)
zoo = {
    "Adagrad": dict(lr=0.5),
    "Adadelta": dict(lr=1.0),
    "Adamax": dict(lr=0.1),
    "NAdam": dict(lr=0.1),
    "RAdam": dict(lr=0.1),
    "ASGD": dict(lr=0.1),
    "Rprop": dict(lr=0.05),
}
for name, kw in zoo.items():
    w = start.clone().requires_grad_(True)
    opt = getattr(torch.optim, name)([w], **kw)
    for _ in range(4):
        opt.zero_grad()
        ((w - 1) ** 2).sum().backward()
        opt.step()
    print(f"{name:9s}", w.detach().numpy().round(5), sorted(opt.state[w]))
