# discriminative learning rates: backbone gets a smaller lr than the head
import torch
torch.manual_seed(76)
backbone, head = torch.nn.Linear(4, 4), torch.nn.Linear(4, 2)
opt = torch.optim.AdamW([
    {"params": backbone.parameters(), "lr": 1e-4},
    {"params": head.parameters()},
], lr=1e-3, weight_decay=0.01)
print([g["lr"] for g in opt.param_groups], [g["weight_decay"] for g in opt.param_groups])
head(backbone(torch.randn(3, 4))).sum().backward()
opt.step()
print(backbone.bias.data, head.bias.data)
