# LoRA-style freezing: requires_grad_(False) everywhere except adapters
import torch.nn as nn
import torch
torch.manual_seed(39)
model = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 2))
model.requires_grad_(False)
model.add_module("adapter_down", nn.Linear(2, 1, bias=False))
total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(total, trainable, f"{100 * trainable / total:.2f}%")
opt = torch.optim.AdamW(filter(lambda p: p.requires_grad, model.parameters()), lr=1e-3)
print(len(opt.param_groups[0]["params"]))
print(opt.param_groups[0]["weight_decay"])
