# forward hooks on a GNN layer to print the aggregated message shapes
import torch
import torch.nn as nn

class SumConv(nn.Module):
    def forward(self, x, edge_index):
        return torch.zeros_like(x).index_add(0, edge_index[1], x[edge_index[0]])

conv = SumConv()
seen = []
handle = conv.register_forward_hook(lambda m, inp, out: seen.append((len(inp), tuple(out.shape))))
x = torch.eye(3)
ei = torch.tensor([[0, 1, 2], [1, 2, 0]])
print(conv(x, ei))
print(seen)
handle.remove()
conv(x, ei)
print(len(seen), conv)
