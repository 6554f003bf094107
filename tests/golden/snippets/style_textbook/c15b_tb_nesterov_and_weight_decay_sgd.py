# SGD variants by hand: Nesterov momentum and coupled weight decay, each checked against optim.SGD.
import torch

def quad(x):
    return (x[0] - 1) ** 2 + 10 * x[1] ** 2

lr, mu, wd = 0.05, 0.9, 0.01
a = torch.tensor([3.0, 1.0], requires_grad=True)
b = torch.tensor([3.0, 1.0], requires_grad=True)
opt = torch.optim.SGD([b], lr=lr, momentum=mu, nesterov=True, weight_decay=wd)
buf = None
for _ in range(5):
    g, = torch.autograd.grad(quad(a), a)
    with torch.no_grad():
        g = g + wd * a
        buf = g.clone() if buf is None else mu * buf + g
        a -= lr * (g + mu * buf)
    opt.zero_grad()
    quad(b).backward()
    opt.step()
print(a.detach(), b.detach(), torch.allclose(a, b))
