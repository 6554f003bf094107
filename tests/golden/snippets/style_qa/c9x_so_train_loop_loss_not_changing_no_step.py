# Q: my loss never changes: I forgot optimizer.step() (and then had zero_grad after backward).
import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(16, 3), torch.randn(16, 1)

def train(variant):
    torch.manual_seed(1)
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = []
    for _ in range(4):
        loss = nn.functional.mse_loss(model(X), y)
        if variant == "no_step":
            opt.zero_grad()
            loss.backward()
        elif variant == "zero_after_backward":
            loss.backward()
            opt.zero_grad()
            opt.step()
        else:
            opt.zero_grad()
            loss.backward()
            opt.step()
        losses.append(round(loss.item(), 5))
    return losses, model.weight.grad

for v in ("no_step", "zero_after_backward", "correct"):
    losses, grad = train(v)
    print(f"{v:20s}", losses, grad if grad is None else grad.abs().sum().item() > 0)
