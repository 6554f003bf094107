import torch
import torch.nn as nn

# Optimizers built from named_parameters() keep the names; every group must then have them
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
opt = torch.optim.AdamW(model[0].named_parameters(), lr=0.01)
print(opt.param_groups[0]["param_names"])
for group in [{"params": model[2].parameters()},
              {"params": [("2.weight", model[2].weight), model[2].bias]}]:
    try:
        opt.add_param_group(group)
    except ValueError as e:
        print("ValueError:", e)
opt.add_param_group({"params": list(model[2].named_parameters()), "lr": 0.1})
saved = opt.state_dict()["param_groups"]
print([(g["param_names"], g["params"], g["lr"]) for g in saved])
