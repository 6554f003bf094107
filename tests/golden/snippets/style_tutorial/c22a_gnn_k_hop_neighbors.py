import torch

A = torch.tensor([[0, 1, 0, 0, 0], [1, 0, 1, 0, 0], [0, 1, 0, 1, 0], [0, 0, 1, 0, 1], [0, 0, 0, 1, 0]], dtype=torch.bool)
start = torch.zeros(5, dtype=torch.bool)
start[0] = True
frontier = start.clone()
for hop in range(1, 4):
    frontier = (A.float() @ frontier.float() > 0) | frontier
    print(hop, frontier.nonzero().squeeze(1).tolist())
print(frontier.all())
