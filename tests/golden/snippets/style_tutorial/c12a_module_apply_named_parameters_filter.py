# Building parameter groups: no weight decay for biases and norm layers, per-group learning rates.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.GELU(), nn.Linear(8, 2))
decay, no_decay = [], []
for name, p in model.named_parameters():
    (no_decay if p.ndim == 1 else decay).append(name)
print(decay, no_decay)
params = dict(model.named_parameters())
opt = torch.optim.AdamW([
    {"params": [params[n] for n in decay], "weight_decay": 0.1},
    {"params": [params[n] for n in no_decay], "weight_decay": 0.0, "lr": 3e-3},
], lr=1e-3)
print([(len(g["params"]), g["lr"], g["weight_decay"]) for g in opt.param_groups])
x, y = torch.randn(16, 4), torch.randint(0, 2, (16,))
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 6))
print(model[1].weight[:4], model[3].bias)
state = opt.state_dict()
print(state["param_groups"][1]["params"], sorted(state["state"].keys()))
print(state["state"][0]["exp_avg"].shape, state["state"][0]["step"])
