# Adam's update with bias correction written out, compared with torch.optim.Adam
import torch

torch.manual_seed(1662)
target = torch.tensor([1.0, -2.0, 0.5])
p1 = torch.zeros(3, requires_grad=True)
p2 = torch.zeros(3, requires_grad=True)
opt = torch.optim.Adam([p1], lr=0.1)
m, v = torch.zeros(3), torch.zeros(3)
b1, b2, eps = 0.9, 0.999, 1e-8
for t in range(1, 5):
    opt.zero_grad()
    ((p1 - target) ** 2).sum().backward()
    opt.step()
    g = 2 * (p2.detach() - target)
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    with torch.no_grad():
        p2 -= 0.1 * m_hat / (v_hat.sqrt() + eps)
    print(t, p1.data, p2.data, (p1 - p2).abs().max().item())
