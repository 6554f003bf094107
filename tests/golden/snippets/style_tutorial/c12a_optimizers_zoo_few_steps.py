# The optimizer zoo for five steps on the same quadratic: SGD+nesterov, Adam(amsgrad), AdamW, RMSprop(centered),
# Adagrad, Adadelta, Adamax, NAdam, RAdam, Rprop, ASGD.
import torch

target = torch.tensor([1.0, -2.0, 0.5])
makers = [
    lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True),
    lambda p: torch.optim.Adam(p, lr=0.1, amsgrad=True),
    lambda p: torch.optim.AdamW(p, lr=0.1, weight_decay=0.1),
    lambda p: torch.optim.RMSprop(p, lr=0.05, centered=True, momentum=0.5),
    lambda p: torch.optim.Adagrad(p, lr=0.5, lr_decay=0.01),
    lambda p: torch.optim.Adadelta(p, lr=1.0),
    lambda p: torch.optim.Adamax(p, lr=0.1),
    lambda p: torch.optim.NAdam(p, lr=0.1),
    lambda p: torch.optim.RAdam(p, lr=0.1),
    lambda p: torch.optim.Rprop(p, lr=0.1),
    lambda p: torch.optim.ASGD(p, lr=0.1),
]
for make in makers:
    w = torch.zeros(3, requires_grad=True)
    opt = make([w])
    for _ in range(5):
        opt.zero_grad()
        loss = ((w - target) ** 2 * torch.tensor([1.0, 3.0, 0.2])).sum()
        loss.backward()
        opt.step()
    print(type(opt).__name__, w.detach(), f"{loss.item():.6f}")
