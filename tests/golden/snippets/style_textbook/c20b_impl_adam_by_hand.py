# Adam update rule by hand vs torch.optim.Adam
import torch

torch.manual_seed(21)
w1 = torch.randn(3, requires_grad=True)
w2 = w1.detach().clone().requires_grad_()
opt = torch.optim.Adam([w1], lr=0.1, betas=(0.9, 0.999), eps=1e-8)
m = torch.zeros(3); v = torch.zeros(3)
for t in range(1, 4):
    opt.zero_grad()
    (w1 ** 2).sum().backward()
    opt.step()
    g, = torch.autograd.grad((w2 ** 2).sum(), w2)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    mhat, vhat = m / (1 - 0.9 ** t), v / (1 - 0.999 ** t)
    with torch.no_grad():
        w2 -= 0.1 * mhat / (vhat.sqrt() + 1e-8)
    print(t, w1.data, (w1 - w2).abs().max().item() < 1e-6)
