# RMSProp by hand (leaky average of squared gradients) versus optim.RMSprop.
import torch

torch.manual_seed(10)
X = torch.randn(16, 3)
y = X @ torch.tensor([1.0, -2.0, 0.5]) + 0.3

def loss_fn(w):
    return ((X @ w - y) ** 2).mean()

gamma, eta, eps = 0.9, 0.01, 1e-8
w1 = torch.zeros(3, requires_grad=True)
s = torch.zeros(3)
w2 = torch.zeros(3, requires_grad=True)
opt = torch.optim.RMSprop([w2], lr=eta, alpha=gamma, eps=eps)
for epoch in range(4):
    g, = torch.autograd.grad(loss_fn(w1), w1)
    with torch.no_grad():
        s = gamma * s + (1 - gamma) * g ** 2
        w1 -= eta * g / (torch.sqrt(s) + eps)
    opt.zero_grad()
    loss_fn(w2).backward()
    opt.step()
    print(epoch, w1.detach(), w2.detach())
print(torch.allclose(w1, w2), loss_fn(w2).item())
print(opt)
