import torch

torch.manual_seed(11)
w0 = torch.randn(3)
w1 = w0.clone().requires_grad_(True)
w2 = w0.clone().requires_grad_(True)
opt = torch.optim.RMSprop([w1], lr=0.01, alpha=0.9, eps=1e-8)
sq = torch.zeros(3)
for _ in range(3):
    opt.zero_grad()
    (w1 ** 4).sum().backward()
    opt.step()
    g = 4 * w2.detach() ** 3
    sq = 0.9 * sq + 0.1 * g * g
    with torch.no_grad():
        w2 -= 0.01 * g / (sq.sqrt() + 1e-8)
print(w1.detach())
print(w2.detach())
print(torch.allclose(w1, w2, atol=1e-6))
print(opt.state[w1]["square_avg"])
