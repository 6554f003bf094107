# Lecture: calculate_gain and the std each init gives.
import torch
import torch.nn as nn

for nl in ["linear", "sigmoid", "tanh", "relu", "selu"]:
    print(nl, nn.init.calculate_gain(nl))
print(nn.init.calculate_gain("leaky_relu", 0.2))
w = torch.empty(200, 100)
torch.manual_seed(11)
nn.init.xavier_normal_(w)
print(w.std().item(), (2 / 300) ** 0.5)
nn.init.kaiming_normal_(w, mode="fan_out")
print(w.std().item(), (2 / 200) ** 0.5)
nn.init.xavier_uniform_(w, gain=nn.init.calculate_gain("tanh"))
print(w.abs().max().item())
nn.init.trunc_normal_(w, std=0.02)
print(w.abs().max().item() <= 2.0, w.std().item())
nn.init.orthogonal_(w[:50, :50])
q = w[:50, :50]
print(torch.allclose(q @ q.T, torch.eye(50), atol=1e-5))
