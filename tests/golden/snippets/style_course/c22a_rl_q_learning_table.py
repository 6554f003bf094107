import torch

torch.manual_seed(21)
Q = torch.zeros(4, 2)
alpha, gamma = 0.5, 0.9
transitions = [(0, 1, 0.0, 1), (1, 1, 0.0, 2), (2, 0, 1.0, 3), (1, 0, -1.0, 0), (2, 0, 1.0, 3)]
for s, a, r, s2 in transitions:
    td_target = r + gamma * Q[s2].max()
    Q[s, a] += alpha * (td_target - Q[s, a])
print(Q)
print(Q.max(dim=1))
