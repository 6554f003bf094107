# Why initialisation matters: activations through 50 layers with naive, 1/sqrt(n) and Kaiming scaling.
import math
import torch

torch.manual_seed(2)
x = torch.randn(200, 100)
for name, scale in [('naive', 1.0), ('0.01', 0.01), ('1/sqrt(n)', 1 / math.sqrt(100)), ('kaiming', math.sqrt(2 / 100))]:
    a = x
    for i in range(50):
        w = torch.randn(100, 100) * scale
        a = (a @ w).relu() if name == 'kaiming' else a @ w
        if a.std() != a.std():
            break
    print(f'{name:10s} layer {i}: mean {a.mean().item():.3e} std {a.std().item():.3e}')

w1 = torch.randn(100, 50) * math.sqrt(2 / 100)
t = (x @ w1).relu()
print(round(t.mean().item(), 2), round(t.std().item(), 2))
t2 = (x @ w1).relu() - 0.5
print(round(t2.mean().item(), 2), round(t2.std().item(), 2))
w = torch.zeros(100, 50)
torch.nn.init.kaiming_normal_(w, mode='fan_out')
print(w.shape, round(w.std().item(), 3), round(math.sqrt(2 / 50), 3))
