# Adam by hand with bias-corrected moments and a step counter, compared to optim.Adam.
import torch

def adam_update(p, m, v, t, lr=0.1, b1=0.9, b2=0.999, eps=1e-8):
    with torch.no_grad():
        m.mul_(b1).add_(p.grad, alpha=1 - b1)
        v.mul_(b2).addcmul_(p.grad, p.grad, value=1 - b2)
        m_hat = m / (1 - b1 ** t)
        v_hat = v / (1 - b2 ** t)
        p.sub_(lr * m_hat / (v_hat.sqrt() + eps))
    p.grad = None

torch.manual_seed(11)
target = torch.randn(4)
a = torch.zeros(4, requires_grad=True)
b = torch.zeros(4, requires_grad=True)
m, v = torch.zeros(4), torch.zeros(4)
opt = torch.optim.Adam([b], lr=0.1)
for t in range(1, 6):
    ((a - target) ** 2).sum().backward()
    adam_update(a, m, v, t)
    opt.zero_grad()
    ((b - target) ** 2).sum().backward()
    opt.step()
print(a)
print(b)
print(opt.state[b]['step'], torch.equal(opt.state[b]['exp_avg'], m))
