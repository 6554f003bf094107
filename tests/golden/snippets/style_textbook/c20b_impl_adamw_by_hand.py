# AdamW decoupled weight decay by hand vs torch.optim.AdamW
import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
opt = torch.optim.AdamW([w], lr=0.1, weight_decay=0.1)
p = torch.tensor([2.0, -1.0]); m = torch.zeros(2); v = torch.zeros(2)
for t in range(1, 4):
    opt.zero_grad(); (w ** 3).sum().backward(); opt.step()
    g = 3 * p ** 2
    p = p * (1 - 0.1 * 0.1)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    p = p - 0.1 * (m / (1 - 0.9 ** t)) / ((v / (1 - 0.999 ** t)).sqrt() + 1e-8)
    print(t, w.detach(), p)
