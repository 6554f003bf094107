# remove existing self loops, then append one loop per node
import torch

ei = torch.tensor([[0, 1, 1, 2, 2], [1, 0, 1, 0, 2]])
N = 3
is_loop = ei[0] == ei[1]
print("loops at", ei[0, is_loop].tolist())
kept = ei[:, ~is_loop]
node_ids = torch.arange(N)
self_loops = torch.stack([node_ids, node_ids])
ei_full = torch.cat((kept, self_loops), 1)
print(ei_full)
print(ei_full.shape[1], "edges,", int((ei_full[0] == ei_full[1]).sum()), "loops")
