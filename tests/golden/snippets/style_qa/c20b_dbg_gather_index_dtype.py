# gather needs an int64 index of the right rank
import torch

q = torch.tensor([[0.1, 0.9], [0.8, 0.2], [0.5, 0.5]])
actions = torch.tensor([1, 0, 1])
try:
    q.gather(1, actions)
except RuntimeError as e:
    print("RuntimeError:", e)
print(q.gather(1, actions.unsqueeze(1)))
try:
    q.gather(1, actions.float().unsqueeze(1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(q.gather(1, actions.int().unsqueeze(1).long()).squeeze())
