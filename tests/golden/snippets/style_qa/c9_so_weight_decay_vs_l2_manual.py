# Q: is weight_decay in SGD the same as adding 0.5 * wd * ||w||^2 to the loss? And AdamW vs Adam weight_decay.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(16, 3)
y = torch.randn(16, 1)
m1 = nn.Linear(3, 1)
m2 = nn.Linear(3, 1)
m2.load_state_dict(m1.state_dict())
opt1 = torch.optim.SGD(m1.parameters(), lr=0.1, weight_decay=0.01)
opt2 = torch.optim.SGD(m2.parameters(), lr=0.1)
for _ in range(5):
    opt1.zero_grad()
    nn.functional.mse_loss(m1(x), y).backward()
    opt1.step()
    opt2.zero_grad()
    loss2 = nn.functional.mse_loss(m2(x), y) + 0.5 * 0.01 * sum((p ** 2).sum() for p in m2.parameters())
    loss2.backward()
    opt2.step()
print(m1.weight.data, m2.weight.data)
print(torch.allclose(m1.weight, m2.weight, atol=1e-6))
a = nn.Linear(3, 1)
b = nn.Linear(3, 1)
b.load_state_dict(a.state_dict())
oa = torch.optim.Adam(a.parameters(), lr=0.01, weight_decay=0.1)
ob = torch.optim.AdamW(b.parameters(), lr=0.01, weight_decay=0.1)
for _ in range(3):
    for mod, o in ((a, oa), (b, ob)):
        o.zero_grad()
        nn.functional.mse_loss(mod(x), y).backward()
        o.step()
print(a.weight.data, b.weight.data)
print(ob.defaults["weight_decay"], oa.param_groups[0]["amsgrad"])
