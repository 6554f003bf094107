# Minimise x + y on the unit circle with a quadratic penalty of growing weight.
import torch

p = torch.tensor([0.5, 0.5], requires_grad=True)
for mu in [1.0, 10.0, 100.0, 1000.0]:
    opt = torch.optim.Adam([p], lr=0.02)
    for _ in range(800):
        opt.zero_grad()
        c = p.pow(2).sum() - 1
        loss = p.sum() + mu * c ** 2
        loss.backward()
        opt.step()
    print(mu, [round(v, 3) for v in p.tolist()], round(c.item(), 4))
print("exact", round(-2 ** -0.5, 3))
