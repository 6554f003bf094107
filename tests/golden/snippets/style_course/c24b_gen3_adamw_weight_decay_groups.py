# AdamW with no weight decay on biases: param groups built by name
import torch
import torch.nn as nn

torch.manual_seed(95)
G = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 2))
decay = [p for n, p in G.named_parameters() if not n.endswith("bias")]
no_decay = [p for n, p in G.named_parameters() if n.endswith("bias")]
opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
                        lr=1e-3)
print([len(g["params"]) for g in opt.param_groups], [g["weight_decay"] for g in opt.param_groups])
print(opt.defaults["betas"], opt.defaults["weight_decay"])
