# Tour of torch.nn.init: every initializer on a small weight, printed.
import torch
import torch.nn as nn

w = torch.empty(3, 5)
torch.manual_seed(7)
print(nn.init.uniform_(w, a=-0.1, b=0.1))
print(nn.init.normal_(w, mean=0.0, std=0.02))
print(nn.init.constant_(w, 0.3))
print(nn.init.ones_(w).sum(), nn.init.zeros_(w).sum())
print(nn.init.eye_(torch.empty(3, 5)))
print(nn.init.xavier_uniform_(w, gain=nn.init.calculate_gain("tanh")))
print(nn.init.xavier_normal_(w))
print(nn.init.kaiming_uniform_(w, mode="fan_in", nonlinearity="relu"))
print(nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="leaky_relu", a=0.1))
print(nn.init.trunc_normal_(w, std=0.5, a=-0.5, b=0.5))
q = nn.init.orthogonal_(torch.empty(4, 4))
print(torch.allclose(q @ q.T, torch.eye(4), atol=1e-6))
for name in ["linear", "conv2d", "sigmoid", "tanh", "relu", "selu"]:
    print(name, nn.init.calculate_gain(name))
print(nn.init.calculate_gain("leaky_relu", 0.2))
d = nn.init.dirac_(torch.empty(2, 2, 3))
print(d)
