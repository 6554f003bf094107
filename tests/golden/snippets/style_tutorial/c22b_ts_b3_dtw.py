import torch

a = torch.tensor([0.0, 1.0, 2.0, 1.0, 0.0])
b = torch.tensor([0.0, 0.0, 1.0, 2.0, 1.0, 0.0])
cost = (a.unsqueeze(1) - b.unsqueeze(0)).abs()
D = torch.full((6, 7), float("inf"))
D[0, 0] = 0.0
for i in range(1, 6):
    for j in range(1, 7):
        D[i, j] = cost[i - 1, j - 1] + torch.min(torch.stack([D[i - 1, j], D[i, j - 1], D[i - 1, j - 1]]))
print(D[1:, 1:])
print(D[-1, -1].item())
