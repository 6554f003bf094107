# a GAT-like layer module: repr with extra_repr, parameter shapes
import torch
import torch.nn as nn

class GATLayer(nn.Module):
    def __init__(self, in_f, out_f, heads=2):
        super().__init__()
        self.heads, self.out_f = heads, out_f
        self.W = nn.Linear(in_f, heads * out_f, bias=False)
        self.att = nn.Parameter(torch.zeros(1, heads, 2 * out_f))

    def extra_repr(self):
        return f"heads={self.heads}, out_features={self.out_f}"

layer = GATLayer(4, 3)
print(layer)
print({n: tuple(p.shape) for n, p in layer.named_parameters()})
print(layer.state_dict()["att"].sum())
