# torch.optim.Adafactor: factored second moments for matrices, a plain one for vectors, weight decay,
# maximize, a tensor lr, its state and its argument checks.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(5, 7), nn.Tanh(), nn.Linear(7, 2))
x, y = torch.randn(16, 5), torch.randn(16, 2)
for kw in ({}, {"lr": 0.05, "weight_decay": 0.01}, {"maximize": True, "d": 2.0, "eps": (1e-20, 1e-3)},
           {"lr": torch.tensor(0.02), "weight_decay": 0.1}):
    m = nn.Sequential(nn.Linear(5, 7), nn.Tanh(), nn.Linear(7, 2))
    m.load_state_dict(model.state_dict())
    opt = torch.optim.Adafactor(m.parameters(), **kw)
    for step in range(5):
        opt.zero_grad()
        loss = nn.functional.mse_loss(m(x), y)
        loss.backward()
        opt.step()
        print(step, loss.item())
    print(m[2].weight, m[2].bias)
    state = opt.state[m[0].weight]
    print(sorted(state), state["row_var"].shape, state["col_var"].shape, state["step"], opt.state[m[0].bias]["variance"])
print(opt)
w = torch.randn(2, 3, 4, dtype=torch.float64, requires_grad=True)
o = torch.optim.Adafactor([w], lr=0.1)
for _ in range(3):
    o.zero_grad()
    (w ** 3).sum().backward()
    o.step()
print(w)
for bad in (dict(lr=-1), dict(beta2_decay=0.5), dict(eps=(-1, 1e-3)), dict(d=0.5), dict(weight_decay=-1)):
    try:
        torch.optim.Adafactor([w], **bad)
    except ValueError as e:
        print(e)
print(dir(torch.optim)[:4], opt.state_dict()["param_groups"][0])
