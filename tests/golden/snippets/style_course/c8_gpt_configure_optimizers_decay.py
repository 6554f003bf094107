# nanoGPT's configure_optimizers idea: weight decay for 2-D params only, two AdamW param groups.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Embedding(10, 8), nn.LayerNorm(8), nn.Linear(8, 16), nn.GELU(), nn.Linear(16, 10))
param_dict = {pn: p for pn, p in model.named_parameters() if p.requires_grad}
decay_params = [p for n, p in param_dict.items() if p.dim() >= 2]
nodecay_params = [p for n, p in param_dict.items() if p.dim() < 2]
optim_groups = [
    {'params': decay_params, 'weight_decay': 0.1},
    {'params': nodecay_params, 'weight_decay': 0.0},
]
num_decay = sum(p.numel() for p in decay_params)
num_nodecay = sum(p.numel() for p in nodecay_params)
print(f"num decayed parameter tensors: {len(decay_params)}, with {num_decay:,} parameters")
print(f"num non-decayed parameter tensors: {len(nodecay_params)}, with {num_nodecay:,} parameters")
optimizer = torch.optim.AdamW(optim_groups, lr=6e-4, betas=(0.9, 0.95), eps=1e-8)
print(optimizer)
print([n for n, p in param_dict.items() if p.dim() < 2])
x = torch.randint(0, 10, (4, 3))
loss = nn.functional.cross_entropy(model(x).view(-1, 10), x.view(-1))
loss.backward()
norm = nn.utils.clip_grad_norm_(model.parameters(), 1.0)
print(round(loss.item(), 4), round(norm.item(), 4))
