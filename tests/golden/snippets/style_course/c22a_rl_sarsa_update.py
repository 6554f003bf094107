import torch

Q = torch.tensor([[0.0, 0.5], [0.2, 0.1], [1.0, 0.0]])
alpha, gamma = 0.1, 0.9
episode = [(0, 1, 0.0, 1, 0), (1, 0, 0.0, 2, 0), (2, 0, 1.0, 2, 0)]
for s, a, r, s2, a2 in episode:
    Q[s, a] = Q[s, a] + alpha * (r + gamma * Q[s2, a2] - Q[s, a])
    print(s, a, Q[s, a].item())
print(Q)
