# Course notebook: activation statistics through a 10-layer MLP with different init schemes (std per layer).
import torch
from torch import nn

def run(init, act):
    torch.manual_seed(0)
    x = torch.randn(512, 100)
    stds = []
    for i in range(10):
        lin = nn.Linear(100, 100, bias=False)
        init(lin.weight)
        x = act(lin(x))
        stds.append(round(x.std().item(), 3))
    return stds

print("normal(0,1)  tanh", run(lambda w: nn.init.normal_(w, 0, 1), torch.tanh))
print("normal(0,.01) tanh", run(lambda w: nn.init.normal_(w, 0, 0.01), torch.tanh)[:4])
print("xavier       tanh", run(nn.init.xavier_uniform_, torch.tanh))
print("kaiming      relu", run(lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"), torch.relu))
print("default      relu", run(lambda w: None, torch.relu))
print(nn.init.calculate_gain("tanh"), nn.init.calculate_gain("relu"), nn.init.calculate_gain("leaky_relu", 0.2))
