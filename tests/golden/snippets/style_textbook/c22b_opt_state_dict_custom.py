import torch


class Adagradish(torch.optim.Optimizer):
    def __init__(self, params, lr=0.5, eps=1e-8):
        super().__init__(params, dict(lr=lr, eps=eps))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            for p in group["params"]:
                st = self.state[p]
                st.setdefault("sum", torch.zeros_like(p))
                st["step"] = st.get("step", 0) + 1
                st["sum"].addcmul_(p.grad, p.grad)
                p.addcdiv_(p.grad, st["sum"].sqrt().add_(group["eps"]), value=-group["lr"])


w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
opt = Adagradish([w])
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
sd = opt.state_dict()
print(sorted(sd.keys()))
print(sd["param_groups"])
print(sd["state"][0]["step"], sd["state"][0]["sum"])
opt2 = Adagradish([torch.zeros(3, requires_grad=True)], lr=1.0)
opt2.load_state_dict(sd)
print(opt2.param_groups[0]["lr"], opt2.state_dict()["state"][0]["step"])
