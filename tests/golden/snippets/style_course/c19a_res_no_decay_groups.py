# no weight decay on biases and norm weights (BERT-style parameter groups)
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(4, 4), nn.LayerNorm(4), nn.Linear(4, 2))
decay, no_decay = [], []
for name, p in model.named_parameters():
    (no_decay if p.ndim == 1 or name.endswith(".bias") else decay).append(name)
print(decay)
print(no_decay)
params = dict(model.named_parameters())
opt = torch.optim.AdamW([{"params": [params[n] for n in decay], "weight_decay": 0.1},
                         {"params": [params[n] for n in no_decay], "weight_decay": 0.0}], lr=1e-3)
print(opt)
