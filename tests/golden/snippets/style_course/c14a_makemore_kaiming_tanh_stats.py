# Initialisation lecture: activation std through a stack of tanh layers with naive, kaiming and torch.nn.init scales.
import torch

torch.manual_seed(7)
x = torch.randn(200, 30)
for name, scale in (("naive", 1.0), ("kaiming", (5 / 3) / 30 ** 0.5), ("tiny", 0.1)):
    h = x
    for layer in range(4):
        W = torch.randn(30, 30) * scale
        h = torch.tanh(h @ W)
    print(name, round(h.std().item(), 4), round((h.abs() > 0.99).float().mean().item(), 4))
print(torch.nn.init.calculate_gain('tanh'), torch.nn.init.calculate_gain('relu'))
w = torch.empty(30, 30)
torch.nn.init.kaiming_normal_(w, mode='fan_in', nonlinearity='tanh')
print(w.std().item(), w.mean().item())
torch.nn.init.kaiming_uniform_(w, a=0, nonlinearity='relu')
print(w.abs().max().item() <= (6 / 30) ** 0.5, w[0, :3])
lin = torch.nn.Linear(30, 10)
print(lin.weight.abs().max().item() <= 1 / 30 ** 0.5)
