# d2l reinforcement learning: value iteration and Q-values on a tiny deterministic grid world, greedy policy.
import torch

n_rows, n_cols = 3, 4
n_states, n_actions = n_rows * n_cols, 4
goal, pit = 3, 7
moves = [(-1, 0), (0, 1), (1, 0), (0, -1)]
P = torch.zeros(n_states, n_actions, dtype=torch.long)
R = torch.full((n_states, n_actions), -0.04)
for s in range(n_states):
    r, c = divmod(s, n_cols)
    for a, (dr, dc) in enumerate(moves):
        nr, nc = min(max(r + dr, 0), n_rows - 1), min(max(c + dc, 0), n_cols - 1)
        P[s, a] = nr * n_cols + nc
        if P[s, a] == goal:
            R[s, a] = 1.0
        elif P[s, a] == pit:
            R[s, a] = -1.0
terminal = torch.zeros(n_states, dtype=torch.bool)
terminal[[goal, pit]] = True
gamma = 0.9
V = torch.zeros(n_states)
for k in range(30):
    Q = R + gamma * V[P] * (~terminal[P]).float()
    V_new = torch.where(terminal, torch.zeros(()), Q.max(dim=1).values)
    delta = (V_new - V).abs().max()
    V = V_new
    if k in (0, 1, 5, 29):
        print(k, round(delta.item(), 6))
print(V.view(n_rows, n_cols))
policy = Q.argmax(dim=1)
arrows = "^>v<"
print("\n".join("".join("G" if r * n_cols + c == goal else "X" if r * n_cols + c == pit else arrows[policy[r * n_cols + c]]
                        for c in range(n_cols)) for r in range(n_rows)))
print(Q[0])
