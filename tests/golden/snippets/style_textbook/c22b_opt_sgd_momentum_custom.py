import torch


class HeavyBall(torch.optim.Optimizer):
    """x_{k+1} = x_k - lr * g_k + beta * (x_k - x_{k-1})"""

    def __init__(self, params, lr, beta=0.5):
        super().__init__(params, {"lr": lr, "beta": beta})

    @torch.no_grad()
    def step(self, closure=None):
        for grp in self.param_groups:
            for x in grp["params"]:
                s = self.state[x]
                prev = s.get("prev", x.clone())
                s["prev"] = x.clone()
                x.add_(grp["beta"] * (x - prev) - grp["lr"] * x.grad)


pt = torch.tensor([4.0, 1.0], requires_grad=True)
hb = HeavyBall([pt], lr=0.1)
scale = torch.tensor([1.0, 3.0])
for k in range(5):
    hb.zero_grad()
    obj = (scale * pt ** 2).sum()
    obj.backward()
    hb.step()
    print(k, f"{obj.item():.4f}", pt.detach().numpy().round(4))
print(sorted(hb.state[pt]))
