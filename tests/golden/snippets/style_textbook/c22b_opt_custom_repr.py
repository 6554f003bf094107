import torch


class SignSGD(torch.optim.Optimizer):
    def __init__(self, params, lr=0.01):
        super().__init__(params, dict(lr=lr))

    @torch.no_grad()
    def step(self, closure=None):
        for g in self.param_groups:
            for p in g["params"]:
                if p.grad is not None:
                    p.add_(p.grad.sign(), alpha=-g["lr"])


w = torch.tensor([0.3, -0.2, 0.0], requires_grad=True)
opt = SignSGD([w], lr=0.05)
print(opt)
print(opt.defaults)
(w * torch.tensor([1.0, -4.0, 2.0])).sum().backward()
opt.step()
print(w)
