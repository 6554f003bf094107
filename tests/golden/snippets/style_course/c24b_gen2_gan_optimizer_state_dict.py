# printing both GAN optimizers' state_dicts after one step
import torch
import torch.nn as nn

torch.manual_seed(61)
G, D = nn.Linear(2, 2), nn.Linear(2, 1)
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
opt_d = torch.optim.SGD(D.parameters(), lr=0.01, momentum=0.9)
loss = D(G(torch.ones(3, 2))).mean()
loss.backward()
opt_g.step(); opt_d.step()
sg, sd = opt_g.state_dict(), opt_d.state_dict()
print(sg["param_groups"])
print(sorted(sg["state"][0]), sg["state"][0]["step"])
print(sd["param_groups"][0]["momentum"], sorted(sd["state"][1]))
print(opt_d)
