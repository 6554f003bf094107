# Optimizers compared: SGD, momentum, Adam on the same quadratic
import torch

def fit(make_opt, steps=20):
    torch.manual_seed(0)
    w = torch.randn(3, requires_grad=True)
    opt = make_opt([w])
    for _ in range(steps):
        opt.zero_grad()
        loss = ((w - torch.tensor([1.0, -2.0, 0.5])) ** 2).sum()
        loss.backward()
        opt.step()
    return loss.item()

print(f"SGD:      {fit(lambda p: torch.optim.SGD(p, lr=0.05)):.6f}")
print(f"Momentum: {fit(lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9)):.6f}")
print(f"Adam:     {fit(lambda p: torch.optim.Adam(p, lr=0.1)):.6f}")
print(f"RMSprop:  {fit(lambda p: torch.optim.RMSprop(p, lr=0.05)):.6f}")
