# A custom layer with nn.ParameterDict and register_parameter; named_parameters order and repr.
import torch
import torch.nn as nn


class Gated(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.gates = nn.ParameterDict({"input": nn.Parameter(torch.ones(d)), "forget": nn.Parameter(torch.zeros(d))})
        self.register_parameter("scale", nn.Parameter(torch.tensor(2.0)))
        self.register_parameter("unused", None)

    def forward(self, x):
        return self.scale * (torch.sigmoid(self.gates["input"]) * x + torch.sigmoid(self.gates["forget"]))


torch.manual_seed(54)
g = Gated(3)
print(g)
print([(n, tuple(p.shape)) for n, p in g.named_parameters()])
x = torch.randn(2, 3)
out = g(x)
out.sum().backward()
print(g.scale.grad, g.gates["forget"].grad)
g.gates["extra"] = nn.Parameter(torch.full((3,), 0.5))
print(len(g.gates), list(g.gates.keys()), "extra" in g.gates)
print(sum(p.numel() for p in g.parameters()), g.unused)
print(list(g.state_dict().keys()))
