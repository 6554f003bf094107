# Gradyan inişini adım adım izlemek: f(x) = (x - 3)^2 + 1
import torch

x = torch.tensor(-2.0, requires_grad=True)
adım_boyu = 0.25
geçmiş = []
for i in range(8):
    f = (x - 3) ** 2 + 1
    f.backward()
    geçmiş.append((round(x.item(), 4), round(f.item(), 4), round(x.grad.item(), 4)))
    with torch.no_grad():
        x -= adım_boyu * x.grad
    x.grad.zero_()
for i, (xd, fd, gd) in enumerate(geçmiş):
    print(f"Adım {i}: x={xd:8.4f}  f(x)={fd:8.4f}  eğim={gd:8.4f}")
print(f"Minimum noktası yaklaşık: {x.item():.5f}")
