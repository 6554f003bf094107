# Writing an optimizer: subclass torch.optim.Optimizer with defaults, per-parameter state and a closure.
import torch
import torch.nn as nn

class SignSGD(torch.optim.Optimizer):
    def __init__(self, params, lr=0.01, momentum=0.0):
        if lr <= 0:
            raise ValueError(f"Invalid learning rate: {lr}")
        super().__init__(params, dict(lr=lr, momentum=momentum))

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if "buf" not in state:
                    state["buf"] = torch.zeros_like(p)
                buf = state["buf"]
                buf.mul_(group["momentum"]).add_(p.grad)
                p.add_(buf.sign(), alpha=-group["lr"])
        return loss

torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = SignSGD(model.parameters(), lr=0.05, momentum=0.5)
print(opt)
x = torch.randn(20, 2)
y = x @ torch.tensor([[2.0], [-1.0]])
def closure():
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss
for i in range(5):
    print(i, round(opt.step(closure).item(), 5))
print(model.weight.data, len(opt.state), list(opt.state_dict()["state"][0].keys()))
print(opt.defaults, opt.param_groups[0]["momentum"])
try:
    SignSGD(model.parameters(), lr=0)
except ValueError as e:
    print("ValueError:", e)
