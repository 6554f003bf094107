import torch
import torch.nn as nn

# Checkpointing an optimizer: what load_state_dict keeps, and the state-dict hooks
torch.manual_seed(0)
model = nn.Linear(3, 2)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
model(torch.randn(5, 3)).sum().backward()
opt.step()
opt.register_state_dict_pre_hook(lambda o: print("saving", type(o).__name__))
opt.register_state_dict_post_hook(lambda o, sd: {**sd, "epoch": 7})
checkpoint = opt.state_dict()
print(sorted(checkpoint), checkpoint["epoch"])

resumed = torch.optim.Adam(model.parameters(), lr=0.1)
resumed.register_load_state_dict_pre_hook(lambda o, sd: print("loading", sorted(sd)))
resumed.register_load_state_dict_post_hook(lambda o: print("loaded", len(o.state)))
resumed.load_state_dict(checkpoint)
# the loaded state tensors are the checkpoint's own (same dtype: no copy)
print(resumed.state[model.bias]["exp_avg"] is checkpoint["state"][1]["exp_avg"])
resumed.step()
print(checkpoint["state"][1]["step"], opt.state[model.bias]["exp_avg"])

w, b = nn.Parameter(torch.ones(2)), nn.Parameter(torch.zeros(2))
extra = torch.optim.SGD([{"params": [w]}, {"params": [b], "lr": 0.5}], lr=0.1)
extra.add_param_group({"params": nn.Parameter(torch.ones(1)), "momentum": 0.9})
print([g["params"] for g in extra.state_dict()["param_groups"]], extra.param_groups[2]["lr"])
