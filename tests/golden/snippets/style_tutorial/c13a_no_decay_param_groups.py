# Weight decay on weights only: biases and normalisation parameters go to a group with weight_decay=0.
import torch
import torch.nn as nn

torch.manual_seed(72)
model = nn.Sequential(nn.Linear(6, 8), nn.LayerNorm(8), nn.ReLU(), nn.Linear(8, 2))
decay, no_decay = [], []
for name, p in model.named_parameters():
    (no_decay if name.endswith("bias") or isinstance(model[int(name.split(".")[0])], nn.LayerNorm) else decay).append(name)
print("decay:", decay)
print("no decay:", no_decay)
params = dict(model.named_parameters())
opt = torch.optim.AdamW([{"params": [params[n] for n in decay], "weight_decay": 0.1},
                         {"params": [params[n] for n in no_decay], "weight_decay": 0.0}], lr=1e-2)
print([g["weight_decay"] for g in opt.param_groups], [len(g["params"]) for g in opt.param_groups])
x, y = torch.randn(10, 6), torch.randint(0, 2, (10,))
before = model[1].weight.clone()
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.6f}")
print((model[1].weight - before).abs().max().item() > 0)
