import torch

torch.manual_seed(42)
q_values = torch.tensor([0.1, 0.5, 0.3, 0.2])
epsilon = 0.3
actions = []
for step in range(10):
    if torch.rand(1).item() < epsilon:
        a = torch.randint(0, 4, (1,)).item()
    else:
        a = q_values.argmax().item()
    actions.append(a)
print(actions)
print(type(actions[0]))
