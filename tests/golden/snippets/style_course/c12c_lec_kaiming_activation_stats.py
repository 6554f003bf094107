# Lecture: activations through a deep ReLU stack with different inits.
import torch
import torch.nn as nn

def run(init, act):
    torch.manual_seed(0)
    x = torch.randn(256, 64)
    for layer in range(8):
        lin = nn.Linear(64, 64, bias=False)
        init(lin.weight)
        x = act(lin(x))
    return x.mean().item(), x.std().item()

inits = {
    "normal0.01": lambda w: nn.init.normal_(w, std=0.01),
    "xavier_u": nn.init.xavier_uniform_,
    "kaiming_n": lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"),
    "kaiming_u": lambda w: nn.init.kaiming_uniform_(w, a=0, nonlinearity="relu"),
}
for name, f in inits.items():
    m, s = run(f, torch.relu)
    print(f"{name:12s} relu mean={m:.6f} std={s:.6f}")
for name, f in inits.items():
    m, s = run(f, torch.tanh)
    print(f"{name:12s} tanh mean={m:.6f} std={s:.6f}")
