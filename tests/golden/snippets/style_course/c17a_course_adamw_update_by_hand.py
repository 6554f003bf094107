# One parameter, three AdamW steps by hand versus torch.optim.AdamW
import math
import torch

p = torch.tensor([0.5, -1.5], requires_grad=True)
opt = torch.optim.AdamW([p], lr=0.1, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01)
q = p.detach().clone()
m = torch.zeros(2); v = torch.zeros(2)
for t in range(1, 4):
    opt.zero_grad()
    (p ** 3).sum().backward()
    opt.step()
    g = 3 * q ** 2
    q = q * (1 - 0.1 * 0.01)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    m_hat, v_hat = m / (1 - 0.9 ** t), v / (1 - 0.999 ** t)
    q = q - 0.1 * m_hat / (v_hat.sqrt() + 1e-8)
    print(t, p.data, q, (p.data - q).abs().max().item() < 1e-6)
print(opt.state[p]["step"], math.isclose(opt.state[p]["exp_avg_sq"][0].item(), v[0].item(), rel_tol=1e-5))
