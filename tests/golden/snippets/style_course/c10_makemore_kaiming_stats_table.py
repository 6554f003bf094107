# Karpathy-style table: how the tanh gain changes activation statistics through a deep stack.
import torch

torch.manual_seed(42)
x0 = torch.randn(500, 100)
print(f"{'gain':>6} | {'layer':>5} | {'mean':>8} | {'std':>7} | {'saturated':>9}")
for gain in [0.5, 1.0, 5 / 3, 3.0]:
    g = torch.Generator().manual_seed(2147483647)
    x = x0
    for i in range(5):
        W = torch.randn(100, 100, generator=g) * gain / 100 ** 0.5
        x = torch.tanh(x @ W)
        sat = (x.abs() > 0.97).float().mean() * 100
        print(f"{gain:6.3f} | {i:5d} | {x.mean().item():+8.4f} | {x.std().item():7.4f} | {sat.item():8.2f}%")
print(torch.nn.init.calculate_gain("tanh"), torch.nn.init.calculate_gain("relu"))
print(torch.nn.init.calculate_gain("leaky_relu", 0.2), torch.nn.init.calculate_gain("linear"))
w = torch.empty(200, 100)
torch.nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="tanh", generator=torch.Generator().manual_seed(0))
print(f"kaiming std {w.std().item():.5f} expected {(5 / 3) / 100 ** 0.5:.5f}")
