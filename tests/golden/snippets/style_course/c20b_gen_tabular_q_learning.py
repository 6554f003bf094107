# tabular Q-learning with a tensor table
import torch

torch.manual_seed(21)
Q = torch.zeros(5, 2)
alpha, gamma = 0.5, 0.9
for episode in range(3):
    s = 0
    while s != 4:
        a = torch.randint(0, 2, ()).item()
        s2 = min(s + 1, 4) if a == 1 else max(s - 1, 0)
        r = 1.0 if s2 == 4 else 0.0
        Q[s, a] += alpha * (r + gamma * Q[s2].max() - Q[s, a])
        s = s2
print(Q)
