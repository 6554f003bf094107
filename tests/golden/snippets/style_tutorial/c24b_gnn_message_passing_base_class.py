# a tiny MessagePassing base class with message/aggregate/update
import torch
import torch.nn as nn

class MessagePassing(nn.Module):
    def __init__(self, aggr="add"):
        super().__init__()
        self.aggr = aggr

    def propagate(self, edge_index, x):
        src, dst = edge_index
        msg = self.message(x[src], x[dst])
        out = torch.zeros(x.size(0), msg.size(1))
        if self.aggr == "add":
            return out.index_add(0, dst, msg)
        return out.scatter_reduce(0, dst[:, None].expand_as(msg), msg, self.aggr, include_self=False)

    def message(self, x_j, x_i):
        return x_j - x_i

class EdgeDiff(MessagePassing):
    def forward(self, x, edge_index):
        return self.propagate(edge_index, x)

x = torch.tensor([[0., 1.], [2., 2.], [5., -1.]])
ei = torch.tensor([[0, 1, 2, 2], [1, 0, 0, 1]])
for aggr in ("add", "mean", "amax"):
    print(aggr, EdgeDiff(aggr)(x, ei))
print(EdgeDiff())
