# EMA helper with a warm-up decay, using torch._foreach_lerp_ over parameter lists
import torch
class EMA:
    def __init__(self, model, decay=0.99):
        self.decay, self.updates = decay, 0
        self.shadow = [p.detach().clone() for p in model.parameters()]
    @torch.no_grad()
    def update(self, model):
        self.updates += 1
        d = min(self.decay, (1 + self.updates) / (10 + self.updates))
        torch._foreach_lerp_(self.shadow, [p.detach() for p in model.parameters()], 1 - d)
        return d
torch.manual_seed(8)
net = torch.nn.Linear(2, 2)
ema = EMA(net)
opt = torch.optim.SGD(net.parameters(), lr=0.2)
for _ in range(4):
    opt.zero_grad(); net(torch.randn(3, 2)).abs().sum().backward(); opt.step()
    print(round(ema.update(net), 6))
print(ema.shadow[1], net.bias.data)
