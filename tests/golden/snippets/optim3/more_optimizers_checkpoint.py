import copy

import torch

torch.manual_seed(3)
x = torch.randn(5, 3, dtype=torch.float64)
y = torch.randn(5, dtype=torch.float64)
makers = {
    "Adamax": lambda p: torch.optim.Adamax(p, lr=0.1, weight_decay=0.01),
    "NAdam": lambda p: torch.optim.NAdam(p, lr=0.1, momentum_decay=0.01),
    "RAdam": lambda p: torch.optim.RAdam(p, lr=0.1, betas=(0.8, 0.9)),
    "Rprop": lambda p: torch.optim.Rprop(p, lr=0.1),
    "ASGD": lambda p: torch.optim.ASGD(p, lr=0.1, t0=2),
}


def train(w, opt, steps):
    for _ in range(steps):
        opt.zero_grad()
        loss = (((x * w).sum(1) - y) ** 2).mean()
        loss.backward()
        opt.step()
    return loss.item()


for name, make in makers.items():
    w = torch.ones(3, dtype=torch.float64, requires_grad=True)
    opt = make([w])
    train(w, opt, 4)
    saved = copy.deepcopy(opt.state_dict())
    w2 = w.detach().clone().requires_grad_()
    opt2 = make([w2])
    opt2.load_state_dict(saved)
    print(name, train(w, opt, 3), train(w2, opt2, 3), torch.equal(w, w2))
    print({k: (v.dtype, v.tolist()) for k, v in opt2.state[w2].items()})
for name in makers:
    w = torch.ones(3, requires_grad=True)
    opt = getattr(torch.optim, name)([w], capturable=True)
    w.grad = torch.ones(3)
    try:
        opt.step()
    except AssertionError as e:
        print(name, type(e).__name__, e)
