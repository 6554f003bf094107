# Tabular Q-learning updates on a tensor table
import torch

q_table = torch.zeros(4, 2)
episode = [(0, 1, 0.0, 1), (1, 1, 0.0, 2), (2, 0, 1.0, 3), (0, 1, 0.0, 1), (1, 1, 0.0, 2)]
lr, disc = 0.5, 0.9
for state, action, reward, nxt in episode:
    td_target = reward + disc * q_table[nxt].max()
    q_table[state, action] += lr * (td_target - q_table[state, action])
print(q_table)
print(q_table.argmax(1))
rows = torch.tensor([0, 1, 1])
cols = torch.tensor([0, 1, 1])
q_table.index_put_((rows, cols), torch.tensor([1.0, 1.0, 1.0]), accumulate=True)
print(q_table)
q_table[torch.tensor([2, 3]), torch.tensor([1, 0])] = torch.tensor([7.0, 8.0])
print(q_table[2:])
