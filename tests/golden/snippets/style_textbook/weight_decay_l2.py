# An L2 penalty added to the loss, and SGD's weight_decay doing the same.
import torch
from torch import nn

def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2

torch.manual_seed(10)
w = torch.normal(0, 1, size=(4, 1), requires_grad=True)
X, y = torch.randn(5, 4), torch.randn(5, 1)
l = ((X @ w - y) ** 2 / 2).mean() + 3 * l2_penalty(w)
l.backward()
print(l.item(), w.grad.T)
net = nn.Linear(4, 1)
trainer = torch.optim.SGD([{"params": net.weight, 'weight_decay': 3},
                           {"params": net.bias}], lr=0.01)
nn.functional.mse_loss(net(X), y).backward()
trainer.step()
print(net.weight.data, net.bias.data)
print(l2_penalty(w).item())
