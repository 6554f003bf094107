import torch


class PlainGD(torch.optim.Optimizer):
    def __init__(self, params, lr):
        super().__init__(params, {"lr": lr})

    @torch.no_grad()
    def step(self, closure=None):
        for g in self.param_groups:
            for p in g["params"]:
                p.add_(p.grad, alpha=-g["lr"])


w = torch.tensor([1.0], requires_grad=True)
opt = PlainGD([w], lr=0.4)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
print(opt.param_groups[0]["initial_lr"])
for epoch in range(6):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr(), round(w.item(), 6))
