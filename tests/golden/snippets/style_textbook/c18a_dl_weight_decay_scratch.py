# High-dimensional linear regression: L2 penalty by hand versus optimizer weight_decay
import torch
from torch import nn

torch.manual_seed(0)
n_train, num_inputs = 20, 200
X = torch.randn(n_train, num_inputs)
y = X @ (torch.ones(num_inputs, 1) * 0.01) + 0.05 + 0.01 * torch.randn(n_train, 1)

def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2

w = torch.zeros(num_inputs, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lambd, lr = 3.0, 0.003
for epoch in range(50):
    l = ((X @ w + b - y) ** 2 / 2).mean() + lambd * l2_penalty(w)
    l.backward()
    with torch.no_grad():
        w -= lr * w.grad; b -= lr * b.grad
        w.grad.zero_(); b.grad.zero_()
print("L2 norm of w:", torch.norm(w).item())
net = nn.Linear(num_inputs, 1)
nn.init.zeros_(net.weight); nn.init.zeros_(net.bias)
opt = torch.optim.SGD([{"params": net.weight, "weight_decay": lambd}, {"params": net.bias}], lr=lr)
for epoch in range(50):
    opt.zero_grad(); (((net(X) - y) ** 2) / 2).mean().backward(); opt.step()
print("L2 norm concise:", net.weight.norm().item())
