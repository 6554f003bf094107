# saving a GAN checkpoint dict and loading it into fresh modules
import io
import torch
import torch.nn as nn

torch.manual_seed(28)
G, D = nn.Linear(2, 2), nn.Linear(2, 1)
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3)
G(torch.ones(1, 2)).sum().backward()
opt_g.step()
buf = io.BytesIO()
torch.save({"G": G.state_dict(), "D": D.state_dict(), "opt_g": opt_g.state_dict(), "epoch": 3}, buf)
buf.seek(0)
ckpt = torch.load(buf)
print(sorted(ckpt))
G2 = nn.Linear(2, 2)
print(G2.load_state_dict(ckpt["G"]))
print(torch.equal(G2.weight, G.weight))
print(ckpt["opt_g"]["state"][0]["step"], list(ckpt["opt_g"]["state"][0]))
print(ckpt["opt_g"]["param_groups"][0]["params"])
