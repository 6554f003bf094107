# Q: "element 0 of tensors does not require grad" only inside my train() function: it was decorated with no_grad.
import torch
import torch.nn as nn

torch.manual_seed(77)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 2), torch.randn(4, 1)


@torch.no_grad()
def train_step_wrong():
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


def train_step():
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    return loss


try:
    train_step_wrong()
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.is_grad_enabled())
l1 = train_step()
print(l1.requires_grad, round(l1.item(), 5))


@torch.enable_grad()
def inner():
    return model(x).sum().requires_grad


with torch.no_grad():
    print(inner(), model(x).requires_grad)
