# RL course: tabular Q-learning on a 5-state chain, Q table stored in a tensor, epsilon-greedy with seeded rand.
import torch

torch.manual_seed(0)
n_states, n_actions = 5, 2
Q = torch.zeros(n_states, n_actions)
alpha, gamma, eps = 0.5, 0.9, 0.2
for episode in range(20):
    s = 0
    for t in range(10):
        if torch.rand(1).item() < eps:
            a = torch.randint(0, 2, (1,)).item()
        else:
            a = Q[s].argmax().item()
        s2 = min(s + 1, n_states - 1) if a == 1 else max(s - 1, 0)
        r = 1.0 if s2 == n_states - 1 else 0.0
        Q[s, a] += alpha * (r + gamma * Q[s2].max() - Q[s, a])
        s = s2
        if r > 0:
            break
    if episode % 5 == 4:
        print(episode, Q[:, 1])
print(Q)
print(Q.argmax(dim=1))
print(Q.max(dim=1))
