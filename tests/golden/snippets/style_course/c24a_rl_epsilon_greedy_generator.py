# Epsilon-greedy action selection with its own generator
import torch

g = torch.Generator().manual_seed(11)
q_values = torch.tensor([[0.1, 0.5, 0.2], [0.9, 0.0, 0.3], [0.2, 0.2, 0.7], [0.4, 0.1, 0.0]])
eps = 0.3
explore = torch.rand(4, generator=g) < eps
random_actions = torch.randint(0, 3, (4,), generator=g)
greedy = q_values.argmax(dim=1)
actions = torch.where(explore, random_actions, greedy)
print(explore)
print(random_actions)
print(greedy)
print(actions)
for step in [0, 500, 1000, 5000]:
    print(step, max(0.05, 1.0 - step / 1000))
