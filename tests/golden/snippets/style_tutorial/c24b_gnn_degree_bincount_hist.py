# degree histogram of a random graph with bincount
import torch

torch.manual_seed(3)
num_nodes = 8
edge_index = torch.randint(0, num_nodes, (2, 20))
print(edge_index)
out_deg = torch.bincount(edge_index[0], minlength=num_nodes)
in_deg = torch.bincount(edge_index[1], minlength=num_nodes)
print(out_deg)
print(in_deg)
print(torch.bincount(in_deg))
print(out_deg.float().mean(), in_deg.max(), in_deg.argmax())
