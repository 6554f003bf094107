import torch


class MyAdam(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8):
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps))

    @torch.no_grad()
    def step(self, closure=None):
        evaluated = torch.enable_grad()(closure)() if closure else None
        for group in self.param_groups:
            b1, b2 = group["betas"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                st = self.state[p]
                if len(st) == 0:
                    st["step"] = 0
                    st["m"] = torch.zeros_like(p, memory_format=torch.preserve_format)
                    st["v"] = torch.zeros_like(p, memory_format=torch.preserve_format)
                st["step"] += 1
                st["m"].lerp_(p.grad, 1 - b1)
                st["v"].mul_(b2).addcmul_(p.grad, p.grad, value=1 - b2)
                mhat = st["m"] / (1 - b1 ** st["step"])
                vhat = st["v"] / (1 - b2 ** st["step"])
                p.addcdiv_(mhat, vhat.sqrt().add_(group["eps"]), value=-group["lr"])
        return evaluated


torch.manual_seed(0)
a = torch.randn(3, requires_grad=True)
b = a.detach().clone().requires_grad_()
mine, ref = MyAdam([a], lr=0.1), torch.optim.Adam([b], lr=0.1)
for _ in range(5):
    for p, o in ((a, mine), (b, ref)):
        o.zero_grad()
        (p.sin() * p).sum().backward()
        o.step()
print(a.detach(), b.detach())
print(torch.allclose(a, b, atol=1e-6), mine.state[a]["step"], ref.state[b]["step"])
try:
    MyAdam([a], lr=-1)
except ValueError as e:
    print(e)
