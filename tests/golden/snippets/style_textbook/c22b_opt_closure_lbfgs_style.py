import torch


class ClosureGD(torch.optim.Optimizer):
    def __init__(self, params, lr=0.05):
        super().__init__(params, {"lr": lr})

    @torch.no_grad()
    def step(self, closure):
        with torch.enable_grad():
            loss = closure()
        for group in self.param_groups:
            for p in group["params"]:
                p.sub_(group["lr"] * p.grad)
        return loss


torch.manual_seed(0)
x = torch.randn(8, 2)
y = x @ torch.tensor([1.5, -0.5]) + 0.25
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = ClosureGD([w, b], lr=0.2)


def closure():
    opt.zero_grad()
    loss = ((x @ w + b - y) ** 2).mean()
    loss.backward()
    return loss


for t in range(5):
    loss = opt.step(closure)
    print(t, f"{loss.item():.5f}")
print(w.detach(), b.detach())
