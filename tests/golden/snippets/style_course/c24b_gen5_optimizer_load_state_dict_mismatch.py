# loading an optimizer state_dict into an optimizer with different groups
import torch
import torch.nn as nn

G = nn.Linear(2, 2)
opt_a = torch.optim.Adam(G.parameters(), lr=1e-3)
opt_b = torch.optim.Adam([G.weight], lr=1e-3)
try:
    opt_b.load_state_dict(opt_a.state_dict())
except ValueError as e:
    print("ValueError:", e)
opt_c = torch.optim.Adam(G.parameters(), lr=5e-4)
opt_c.load_state_dict(opt_a.state_dict())
print(opt_c.param_groups[0]["lr"])
