# Weight initialisation schemes and the statistics they produce on a 256x256 layer.
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(256, 256)
schemes = {
    "uniform(-0.1, 0.1)": lambda t: nn.init.uniform_(t, -0.1, 0.1),
    "normal(0, 0.02)": lambda t: nn.init.normal_(t, 0.0, 0.02),
    "xavier_uniform": nn.init.xavier_uniform_,
    "xavier_normal(gain relu)": lambda t: nn.init.xavier_normal_(t, gain=nn.init.calculate_gain("relu")),
    "kaiming_uniform(a=sqrt5)": lambda t: nn.init.kaiming_uniform_(t, a=math.sqrt(5)),
    "kaiming_normal(fan_out)": lambda t: nn.init.kaiming_normal_(t, mode="fan_out", nonlinearity="relu"),
    "trunc_normal(std=0.02)": lambda t: nn.init.trunc_normal_(t, std=0.02),
    "orthogonal": nn.init.orthogonal_,
}
for name, fn in schemes.items():
    fn(w)
    print(f"{name:26s} mean={w.mean().item():+.4f} std={w.std().item():.4f} "
          f"min={w.min().item():+.4f} max={w.max().item():+.4f}")
for nl in ["linear", "sigmoid", "tanh", "relu", "leaky_relu", "selu"]:
    print(nl, nn.init.calculate_gain(nl))
print(nn.init.calculate_gain("leaky_relu", 0.2))
b = torch.empty(3, 5)
print(nn.init.constant_(b, 0.3))
print(nn.init.eye_(b))
print(nn.init.zeros_(torch.empty(2)), nn.init.ones_(torch.empty(2)))
q = nn.init.orthogonal_(torch.empty(4, 4))
print(torch.allclose(q @ q.T, torch.eye(4), atol=1e-6))
